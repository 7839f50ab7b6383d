/** Spanish month names (for date hints and to keep day numbers out of tolls) and abbreviations. */
export const months = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
  'noviembre', 'diciembre',
];

/** Tokens after which a full stop does not end a sentence ("EE. UU.", "Sr.", "Dra."). */
export const abbreviations = [
  'sr', 'sra', 'srta', 'dr', 'dra', 'lic', 'ing', 'arq', 'gral', 'gen', 'cnel', 'tte', 'sgto', 'cap',
  'ee', 'uu', 'ee.uu', 'núm', 'n', 'pág', 'págs', 'art', 'etc', 'av', 'avda', 'c', 'cía', 'dpto', 'depto',
  'prov', 'mun', 'aprox', 'ud', 'uds', 'vs', 'p', 'fdo', 'ene', 'feb', 'mar', 'abr', 'jun', 'jul', 'ago',
  'sept', 'oct', 'nov', 'dic', 'sto', 'sta', 'pdte', 'presid', 'min', 'km',
];
