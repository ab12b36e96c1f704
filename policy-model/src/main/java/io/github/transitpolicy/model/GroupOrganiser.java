package io.github.transitpolicy.model;

/** Who organises a {@link TourGroup}: the group regimes each name the kind of travel agency they admit. */
public enum GroupOrganiser {
  /** A travel agency of the mainland that receives the group (ASEAN groups, cruise groups). */
  CHINESE_AGENCY,
  /** A travel agency registered in Hong Kong or Macao (foreign tour groups to Guangdong or Hainan). */
  HK_MACAO_AGENCY
}
