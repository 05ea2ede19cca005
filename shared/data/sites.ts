// Fab sites and power regions (docs/design.md §5, §6).

export const REGION_IDS = ["us", "taiwan", "korea", "china"] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const SITE_IDS = ["taiwan", "korea", "arizona", "texas", "china"] as const;
export type SiteId = (typeof SITE_IDS)[number];

export interface SiteData {
  region: RegionId;
  /** Months of permitting for a greenfield fab. src: docs/design.md §5: permitting by site. */
  permitMonths: number;
  /** Share of fab capex refunded as subsidy (CHIPS Act style for US sites). src: CHIPS Act grants ~10–15 % of capex (TSMC Arizona $6.6 B of $65 B); tuned. */
  subsidyShare: number;
  /** Chance per month of a disaster halting the site (outside the event deck). tuned */
  disasterChance: number;
}

/**
 * Where each faction may build: its home and the US sites it has bought land at. src: WORLD-DATA / seed
 * (TSMC Arizona, Samsung Taylor TX, Tesla's Texas TerraFab; China builds at home under export controls).
 */
export const ALLOWED_SITES: Record<"tesla" | "tsmc" | "samsung" | "china", readonly SiteId[]> = {
  tesla: ["texas", "arizona"],
  tsmc: ["taiwan", "arizona"],
  samsung: ["korea", "texas"],
  china: ["china"],
};

/**
 * Greenfield fab shells a site can take at once, whoever builds them: permits, grid interconnection
 * and construction crews are shared (issue 12: sites, permits and grid interconnection are contested).
 * A fab whose permit is through waits for a slot. src: WORLD-DATA (Arizona's phased fabs, Taylor's
 * single fab years late); tuned.
 */
export const SITE_BUILD_SLOTS: Record<SiteId, number> = { taiwan: 3, korea: 3, arizona: 2, texas: 2, china: 4 };

export const SITES: Record<SiteId, SiteData> = {
  taiwan: { region: "taiwan", permitMonths: 3, subsidyShare: 0, disasterChance: 0.004 },
  korea: { region: "korea", permitMonths: 4, subsidyShare: 0.05, disasterChance: 0.002 },
  arizona: { region: "us", permitMonths: 9, subsidyShare: 0.12, disasterChance: 0.002 },
  texas: { region: "us", permitMonths: 6, subsidyShare: 0.12, disasterChance: 0.003 },
  china: { region: "china", permitMonths: 2, subsidyShare: 0.2, disasterChance: 0.002 },
};
