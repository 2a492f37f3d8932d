/** The checks behind the story schema: a story naming data that does not exist is refused, saying how to fix it. */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { checkDateText, checkStoryRefs, parseCriterion } from '../../../src/lib/site/story-rules.ts';

const model = loadData().model!;
const someUnit = model.register.communes.find((c) => c.from === '2015-01-01')!;
const [fwId, framework] = [...model.frameworks.entries()][0]!;
const crit = framework.criteria[0]!;
const dataYear = model.years()[0]!;
const unusedCode = ['00000', '99999', '12345'].find((c) => model.register.communesWithCode(c).length === 0)!;

describe('checkStoryRefs', () => {
  it('accepts codes and criteria that exist in the data', () => {
    expect(
      checkStoryRefs(
        {
          communes: [someUnit.code],
          criteria: [`${fwId}:${crit.id}`, { framework: fwId, id: crit.id }],
          year: dataYear,
        },
        model,
      ),
    ).toEqual([]);
  });

  it('refuses an unknown commune code, naming the field, the code and the register file', () => {
    const issues = checkStoryRefs({ communes: [someUnit.code, unusedCode], criteria: [], year: dataYear }, model);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['communes', 1]);
    expect(issues[0]!.message).toContain(`"${unusedCode}"`);
    expect(issues[0]!.message).toContain('data/units/communes.csv');
    expect(issues[0]!.message).toMatch(/Sửa:.*\/ Unknown commune code/);
  });

  it('suggests the code when the author typed the commune name instead', () => {
    const bare = someUnit.name.replace(/^(Xã|Phường|Thị trấn) /, '');
    const [issue] = checkStoryRefs({ communes: [bare], criteria: [], year: dataYear }, model);
    expect(issue!.message).toContain(`Did you mean`);
    expect(issue!.message).toContain(someUnit.code);
  });

  it('refuses an unknown framework, an unknown criterion and a reference without a colon', () => {
    const issues = checkStoryRefs(
      { communes: [], criteria: ['khong-co:tc01', `${fwId}:zz99`, crit.id], year: dataYear },
      model,
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['criteria', 0],
      ['criteria', 1],
      ['criteria', 2],
    ]);
    expect(issues[0]!.message).toContain('"khong-co"');
    for (const id of model.frameworks.keys()) expect(issues[0]!.message).toContain(id);
    expect(issues[1]!.message).toContain(`data/frameworks/${fwId}.yaml`);
    expect(issues[1]!.message).toContain(framework.criteria[0]!.id);
    expect(issues[2]!.message).toContain('"tt44-2014:tc08"');
  });

  it('refuses a year far from the data', () => {
    const last = model.years().at(-1)!;
    expect(checkStoryRefs({ communes: [], criteria: [], year: last + 90 }, model)[0]!.path).toEqual(['year']);
    expect(checkStoryRefs({ communes: [], criteria: [], year: last }, model)).toEqual([]);
  });
});

describe('parseCriterion', () => {
  it('splits "framework:id" and passes objects through', () => {
    expect(parseCriterion('tt44-2014:tc08')).toEqual({ framework: 'tt44-2014', id: 'tc08' });
    expect(parseCriterion({ framework: 'a', id: 'b' })).toEqual({ framework: 'a', id: 'b' });
    expect(parseCriterion('tc08')).toBeNull();
  });
});

describe('checkDateText', () => {
  const story = (date: string) => `---\ntitle: "x"\ndate: ${date}\n---\nbody\n`;
  it('accepts a real YYYY-MM-DD day, quoted or not', () => {
    expect(checkDateText(story('2019-07-18'))).toBeNull();
    expect(checkDateText(story('"2024-02-29"  # nhuận'))).toBeNull();
  });
  it('refuses dates the YAML reader would silently roll over, and other formats', () => {
    for (const bad of ['2019-13-45', '2023-02-29', '18/07/2019', '2019-7-18']) {
      const message = checkDateText(story(bad));
      expect(message).toContain(bad);
      expect(message).toContain('year-month-day');
    }
  });
});
