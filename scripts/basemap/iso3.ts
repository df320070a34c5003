/**
 * ISO 3166-1 numeric → alpha-3 for every world-atlas country that reaches into CLIP_BOX.
 * world-atlas has no alpha codes; app data (zones, ports) is keyed by alpha-3.
 * Kosovo, N. Cyprus, Somaliland and Siachen have no ISO code and get none.
 */
export const ISO_NUMERIC_TO_ALPHA3: Readonly<Record<string, string>> = {
  "004": "AFG", "008": "ALB", "012": "DZA", "020": "AND", "031": "AZE", "040": "AUT", "048": "BHR",
  "050": "BGD", "051": "ARM", "056": "BEL", "064": "BTN", "070": "BIH", "096": "BRN", "100": "BGR",
  "104": "MMR", "112": "BLR", "116": "KHM", "120": "CMR", "132": "CPV", "140": "CAF", "144": "LKA",
  "148": "TCD", "156": "CHN", "158": "TWN", "178": "COG", "180": "COD", "191": "HRV", "196": "CYP",
  "203": "CZE", "204": "BEN", "208": "DNK", "226": "GNQ", "231": "ETH", "232": "ERI", "233": "EST",
  "234": "FRO", "246": "FIN", "248": "ALA", "250": "FRA", "262": "DJI", "266": "GAB", "268": "GEO",
  "270": "GMB", "275": "PSE", "276": "DEU", "288": "GHA", "300": "GRC", "304": "GRL", "316": "GUM",
  "324": "GIN", "336": "VAT", "344": "HKG", "348": "HUN", "352": "ISL", "356": "IND", "360": "IDN",
  "364": "IRN", "368": "IRQ", "372": "IRL", "376": "ISR", "380": "ITA", "384": "CIV", "392": "JPN",
  "398": "KAZ", "400": "JOR", "404": "KEN", "408": "PRK", "410": "KOR", "414": "KWT", "417": "KGZ",
  "418": "LAO", "422": "LBN", "428": "LVA", "430": "LBR", "434": "LBY", "438": "LIE", "440": "LTU",
  "442": "LUX", "446": "MAC", "458": "MYS", "462": "MDV", "466": "MLI", "470": "MLT", "478": "MRT",
  "492": "MCO", "496": "MNG", "498": "MDA", "499": "MNE", "504": "MAR", "512": "OMN", "524": "NPL",
  "528": "NLD", "562": "NER", "566": "NGA", "578": "NOR", "580": "MNP", "583": "FSM", "585": "PLW",
  "586": "PAK", "608": "PHL", "616": "POL", "620": "PRT", "624": "GNB", "634": "QAT", "642": "ROU",
  "643": "RUS", "674": "SMR", "678": "STP", "682": "SAU", "686": "SEN", "688": "SRB", "694": "SLE",
  "702": "SGP", "703": "SVK", "704": "VNM", "705": "SVN", "706": "SOM", "724": "ESP", "728": "SSD",
  "729": "SDN", "732": "ESH", "752": "SWE", "756": "CHE", "760": "SYR", "762": "TJK", "764": "THA",
  "768": "TGO", "784": "ARE", "788": "TUN", "792": "TUR", "795": "TKM", "800": "UGA", "804": "UKR",
  "807": "MKD", "818": "EGY", "826": "GBR", "831": "GGY", "832": "JEY", "833": "IMN", "854": "BFA",
  "860": "UZB", "887": "YEM",
};
