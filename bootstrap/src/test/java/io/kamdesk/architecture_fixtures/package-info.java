/**
 * A miniature of KAM Desk's package layout holding deliberately bad classes (and the good ones they
 * need), so that each architecture rule can be shown to fail. Each bad class is named for what it
 * does wrong. None of this is production code, and no Spring scan reaches it.
 */
package io.kamdesk.architecture_fixtures;
