/** Every English UI string of the site (English is the second language). */
import type { Strings } from './vi.ts';

export const en: Strings = {
  langName: 'English',
  skipToContent: 'Skip to main content',
  nav: {
    home: 'Home',
    map: 'Map',
    years: 'By year',
    stories: 'Stories',
    data: 'Data',
    methodology: 'Methodology',
    checker: 'Check data',
  },
  illustrative: 'Illustrative data',
  illustrativeNote:
    'Scores on this site are illustrative, not official results. Unit names, codes and history are real.',
  switchLanguage: 'Tiếng Việt',
  footer: {
    licence: 'Licence',
    publisher: 'Publisher',
    contact: 'Contact',
  },
  notFound: 'Page not found',
};
