/** Bad input, year files: a year no framework of the dataset covers, and a file name that is not a year. */
import { describe, expect, it } from 'vitest';
import { demoFiles, expectIssue, modelWith, validateWith } from './support/data.ts';

const files = demoFiles();

describe("year files outside their framework's years", () => {
  it('2014.csv in a dataset whose first framework starts in 2015 is rejected as a whole file', () => {
    const file = 'datasets/cong-dong-hoc-tap/2014.csv';
    const v = validateWith({ [file]: files['datasets/cong-dong-hoc-tap/2016.csv']! });
    const issue = expectIssue(v, { file, row: null, column: null, code: 'year-outside-framework', severity: 'error' });
    expect(issue.message_vi).toContain('2014');
    expect(issue.message_vi).toContain('dataset.yaml');
    expect(v.data).toBeNull();
  });

  it('2019.csv in a dataset declared for 2017–2018 only is rejected', () => {
    const file = 'datasets/trung-tam-htcd/2019.csv';
    const v = validateWith({ [file]: files['datasets/trung-tam-htcd/2018.csv']! });
    const issue = expectIssue(v, { file, row: null, column: null, code: 'year-outside-framework', severity: 'error' });
    expect(issue.message_en).toContain('tthtcd-minh-hoa: 2017–2018');
  });

  it('a file named like a copy ("2018 (1).csv") is rejected, not read as 2018', () => {
    const file = 'datasets/cong-dong-hoc-tap/2018 (1).csv';
    const v = validateWith({ [file]: files['datasets/cong-dong-hoc-tap/2018.csv']! });
    const issue = expectIssue(v, { file, row: null, column: null, code: 'dataset-file-unknown', severity: 'error' });
    expect(issue.problem.en).toContain('CSV text');
  });

  it('a dataset declaring a framework for years the framework does not cover is rejected', () => {
    const path = 'datasets/cong-dong-hoc-tap/dataset.yaml';
    const yaml = new TextDecoder()
      .decode(files[path]!)
      .replace(/framework: tt25-2023\n(\s+)from: 2024/, 'framework: tt25-2023\n$1from: 2023');
    expect(yaml).toContain('from: 2023');
    const v = validateWith({ [path]: yaml });
    expectIssue(v, { file: path, row: null, column: 'frameworks.1', code: 'framework-years', severity: 'error' });
  });

  it('the demo years each use the framework the dataset declares for them', () => {
    const model = modelWith();
    for (const { dataset, year, framework } of model.datasetYears()) {
      const span = dataset.frameworks.find((s) => s.from <= year && (s.to === null || year <= s.to))!;
      expect(framework.id, `${dataset.id} ${year}`).toBe(span.framework);
    }
  });
});
