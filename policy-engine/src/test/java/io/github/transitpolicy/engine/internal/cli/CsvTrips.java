package io.github.transitpolicy.engine.internal.cli;

/** Trips as CSV rows for the command-line tests, in the columns of {@link #HEADER}. */
final class CsvTrips {
  static final String HEADER =
      "nationality,document,expiry,arrive,arrive_at,from,depart,depart_at,to,purpose,visits,stays_in_port,onward_ticket";
  /** Visa-free under 240-hour transit: a US citizen from Korea to Japan through Shanghai, seeing Suzhou and Beijing. */
  static final String VISA_FREE =
      "US,,2027-06-30,PVG,2025-12-01T10:00,KR,PEK,2025-12-11T23:30,JP,TOURISM,320500;110105,,";
  /** Needs a visa: an Indian citizen who comes to work; the row lists dozens of codes. */
  static final String VISA_REQUIRED =
      "IN,ORDINARY_PASSPORT,2027-06-30,PVG,2025-12-01T10:00,KR,PEK,2025-12-11T23:30,KR,WORK,,false,true";

  private CsvTrips() {}
}
