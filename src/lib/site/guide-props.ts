/** The examples both language versions of the data guide show: real dataset, year and links from the page. */
export interface GuideProps {
  dataset: string;
  datasetTitle: string;
  year: number;
  framework: string;
  frameworkId: string;
  blank: string;
  blankCsv: string;
  filled: string;
  checker: string;
  stories: string;
  storyGuide: string;
  datasets: string[];
  frameworks: string[];
  criterion: string;
}

/** Where staff put the new year's file, as the guide writes it. */
export const yearFilePath = (p: Pick<GuideProps, 'dataset' | 'year'>): string =>
  `data/datasets/${p.dataset}/${p.year}.xlsx`;
