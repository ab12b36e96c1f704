package io.github.transitpolicy.model;

/** What a port is designated for, on the dates of a {@link PortCapability}. */
public enum Capability {
  /** Designated entry port for 240-hour visa-free transit. */
  TRANSIT_240H_ENTRY,
  /** Designated exit port for 240-hour visa-free transit. */
  TRANSIT_240H_EXIT,
  /** A port open to foreigners (a port of entry and exit). */
  OPEN_PORT,
  /** Exempts 24-hour direct transit passengers from border inspection. */
  INSPECTION_FREE_24H,
  /** Offers automated (smart) border clearance to foreigners. */
  SMART_CLEARANCE,
  /** Accepts Mainland Travel Permits for Taiwan residents. */
  TAIWAN_PERMIT,
  /** A port ASEAN tour groups enter and leave through visa-free (Xishuangbanna's three, Guilin airport). */
  ASEAN_GROUP_PORT,
  /** A cruise port where foreign cruise tour groups enter visa-free (the 13 cities of NIA announcement 4/2024). */
  CRUISE_PORT
}
