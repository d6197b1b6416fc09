package io.kamdesk.bootstrap.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each part of the hexagon lives below a base package. The rules take a layout instead of
 * fixed package names so that the very same rule runs against production ({@link #KAMDESK}) and
 * against the deliberately bad classes of {@link #FIXTURES}: that is how each rule is proven able to
 * fail.
 */
record Layout(String base) {

    static final Layout KAMDESK = new Layout("io.kamdesk");
    static final Layout FIXTURES = new Layout("io.kamdesk.architecture_fixtures");

    /** The areas of the architecture; a rule makes sure no core package escapes this list. */
    static final List<String> AREAS = List.of("shared", "identity", "crm", "billing", "analytics", "fileio",
            "demodata", "activity");

    String everything() {
        return base + "..";
    }

    String domain() {
        return base + ".domain..";
    }

    String application() {
        return base + ".application..";
    }

    String inPorts() {
        return base + ".application.*.port.in..";
    }

    String outPorts() {
        return base + ".application.*.port.out..";
    }

    String services() {
        return base + ".application.*.service..";
    }

    String adapters() {
        return base + ".adapter..";
    }

    String rest() {
        return base + ".adapter.in.rest..";
    }

    String persistence() {
        return base + ".adapter.out.persistence..";
    }

    String generatedJooq() {
        return base + ".adapter.out.persistence.jooq..";
    }

    String fileio() {
        return base + ".adapter.out.fileio..";
    }

    String bootstrap() {
        return base + ".bootstrap..";
    }

    /**
     * An area spans its core packages and the adapter packages named after it. Bootstrap wires every
     * area and so belongs to none.
     */
    String[] area(String area) {
        List<String> packages = new ArrayList<>(List.of(core(area)));
        packages.add(base + ".adapter.in.rest." + area + "..");
        packages.add(base + ".adapter.out.persistence." + area + "..");
        if (area.equals("fileio")) {
            // the file adapter is the fileio area's own adapter, not a technology shared by all areas
            packages.add(fileio());
        }
        return packages.toArray(String[]::new);
    }

    /** The area's packages in domain and application, where area cycles are looked for. */
    String[] core(String area) {
        if (!AREAS.contains(area)) {
            throw new IllegalArgumentException("unknown area " + area);
        }
        return new String[] {base + ".domain." + area + "..", base + ".application." + area + ".."};
    }

    String[] coreOfEveryArea() {
        return AREAS.stream().flatMap(area -> List.of(core(area)).stream()).toArray(String[]::new);
    }
}
