/**
 * Results in plain words, derived from the framework's data (kind, ranking, classes), never from its id:
 * "Đạt mức độ 1 — mức cơ bản (mức độ 2 cao hơn)" for a recognition level, "Xếp loại Khá — 76/100 điểm"
 * for points (the class first, then the score), and for recognition what the next level still needs
 * ("4 trong 6 chỉ tiêu có mức 2 đã đạt mức 2; để được công nhận mức độ 2 cần đạt cả 6.").
 * Classes are listed best first and the last one is the fallback ("otherwise": not recognised/achieved).
 */
import type { Criterion, Framework, Result, ResultClass } from '../data/types.ts';
import { formatNumber } from './format.ts';
import { translator, tr, type Lang } from './i18n/index.ts';
import type { Part } from './i18n/translate.ts';

/** Where a result's class stands among the framework's classes. */
export interface Standing {
  cls: ResultClass | undefined;
  index: number;
  /** The best class. */
  top: boolean;
  /** The fallback class (not recognised / not achieved). */
  none: boolean;
  /** The lowest class that is still reached (the class just above the fallback). */
  basic: boolean;
  /** The next better class, if any. */
  higher: ResultClass | undefined;
}

/** The standing of a result's class in its framework. */
export function standing(result: Result, framework: Framework): Standing {
  const index = framework.classes.findIndex((c) => c.id === result.classId);
  const last = framework.classes.length - 1;
  return {
    cls: framework.classes[index],
    index,
    top: index === 0,
    none: index === last && last > 0,
    basic: index === last - 1 && index > 0,
    higher: index > 0 ? framework.classes[index - 1] : undefined,
  };
}

/** A class name inside a sentence: recognition levels in lower case ("đạt mức độ 1"), ratings as named. */
export function className(cls: ResultClass | undefined, framework: Framework, lang: Lang, inSentence = true): string {
  if (!cls) return '';
  const name = tr(cls.name, lang);
  return inSentence && framework.kind === 'targets' ? name.charAt(0).toLocaleLowerCase(lang) + name.slice(1) : name;
}

/**
 * The headline of a result as message parts; the part named `level` is the class, which pages show as a
 * badge. Recognition: "Đạt {level} — mức cơ bản ({higher} cao hơn)". Points: "Xếp loại {level} — 76/100 điểm".
 */
export function headlineParts(result: Result, framework: Framework, lang: Lang): Part[] {
  const t = translator(lang);
  const s = standing(result, framework);
  const level = s.cls ? tr(s.cls.name, lang) : result.classId;
  if (framework.kind === 'points')
    return t.parts('result.rated', {
      level,
      total: formatNumber(result.total, lang),
      max: formatNumber(framework.totalMax, lang),
    });
  const higher = className(s.higher, framework, lang);
  const lowest = className(framework.classes.at(-2), framework, lang);
  if (s.none) return t.parts('result.notReached', { level, lowest });
  if (s.top) return t.parts('result.reachedTop', { level });
  return t.parts(s.basic ? 'result.reachedBasic' : 'result.reachedMiddle', { level, higher });
}

/** The headline as plain text (the class in sentence case): for titles, story numbers and print. */
export function headlineText(result: Result, framework: Framework, lang: Lang): string {
  const s = standing(result, framework);
  return headlineParts(result, framework, lang)
    .map((p) =>
      typeof p === 'string' ? p : p.name === 'level' ? className(s.cls, framework, lang) || p.value : p.value,
    )
    .join('');
}

/** The level a target must reach for a class: every target at least min(min_level, its own max). */
const required = (cls: ResultClass | undefined, c: Criterion) => Math.min(cls?.min_level ?? 0, c.max);

/** For a recognition result below the top: the targets the next level asks more of, and which are short of it. */
export function towardsNext(result: Result, framework: Framework) {
  const s = standing(result, framework);
  if (framework.kind !== 'targets' || !s.higher || !result.criteriaPublished) return null;
  const considered = framework.criteria.filter((c) => required(s.higher, c) > required(s.cls, c));
  const short = considered.filter((c) => (result.scores[c.id] ?? 0) < required(s.higher, c));
  return {
    higher: s.higher,
    level: s.higher.min_level ?? 1,
    considered,
    short,
    all: considered.length === framework.criteria.length,
  };
}

/**
 * One sentence on what the next recognition level needs ("4 trong 6 chỉ tiêu có mức 2 đã đạt mức 2; để
 * được công nhận mức độ 2 cần đạt cả 6."), or that every target is at its highest; '' for points.
 */
export function nextLevelText(result: Result, framework: Framework, lang: Lang): string {
  if (framework.kind !== 'targets' || !result.criteriaPublished) return '';
  const t = translator(lang);
  if (standing(result, framework).top) return t('result.allAtTop');
  const next = towardsNext(result, framework);
  if (!next || next.considered.length === 0) return '';
  const params = {
    met: next.considered.length - next.short.length,
    need: next.considered.length,
    level: next.level,
    higher: className(next.higher, framework, lang),
  };
  return t(next.all ? 'result.toNextAll' : 'result.toNextSome', params);
}
