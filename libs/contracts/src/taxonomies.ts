export interface Term {
  key: string;
  label: string;
}

export interface EventTaxonomies {
  sectors: Term[];
  countries: Term[];
  organisationTypes: Term[];
  categories: Term[];
}

const terms = (pairs: [string, string][]) => pairs.map(([key, label]) => ({ key, label }));

/** Sensible defaults for a Danish cluster's international matchmaking; editable per event. */
export function defaultTaxonomies(): EventTaxonomies {
  return {
    sectors: terms([
      ['life-science', 'Life science & health'],
      ['food-bio', 'Food & bio resources'],
      ['robotics', 'Robotics & automation'],
      ['energy', 'Energy'],
      ['offshore-wind', 'Offshore wind'],
      ['cleantech', 'Cleantech & environment'],
      ['water', 'Water'],
      ['maritime', 'Maritime'],
      ['digital', 'Digital technologies'],
      ['construction', 'Construction & built environment'],
      ['materials', 'Materials & production'],
      ['tourism', 'Tourism & experience economy'],
      ['logistics', 'Transport & logistics'],
      ['design', 'Design & creative industries'],
    ]),
    countries: terms([
      ['DK', 'Denmark'], ['SE', 'Sweden'], ['NO', 'Norway'], ['FI', 'Finland'], ['DE', 'Germany'], ['NL', 'Netherlands'],
      ['PL', 'Poland'], ['EE', 'Estonia'], ['LV', 'Latvia'], ['LT', 'Lithuania'], ['UK', 'United Kingdom'], ['FR', 'France'],
      ['ES', 'Spain'], ['IT', 'Italy'], ['US', 'United States'], ['JP', 'Japan'], ['KR', 'South Korea'], ['TW', 'Taiwan'],
    ]),
    organisationTypes: terms([
      ['sme', 'SME'], ['large-company', 'Large company'], ['start-up', 'Start-up'], ['university', 'University'],
      ['gts', 'GTS / research institute'], ['public', 'Public authority'], ['investor', 'Investor'], ['cluster', 'Cluster organisation'],
    ]),
    categories: terms([
      ['product', 'Product'], ['service', 'Service'], ['technology', 'Technology'], ['commercial', 'Commercial partnership'],
      ['technological', 'Technological partnership'], ['research', 'Research / project partnership'], ['investment', 'Investment'],
    ]),
  };
}

export const DEFAULT_PARTICIPANT_TYPES = ['Company', 'Research', 'Cluster', 'Investor'];
