package io.kamdesk.domain.billing;

/**
 * The services a bill charges for, each billed as a quantity (usually Mbps) times a unit price:
 * IIG internet transit, FNA and GGC caches, CDN, BDIX exchange and Baishan.
 */
public enum BandwidthComponent {
    IIG,
    FNA,
    GGC,
    CDN,
    BDIX,
    BAISHAN
}
