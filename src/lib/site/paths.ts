/** getStaticPaths helpers shared by the Vietnamese and English routes (params are strings). */
import { getModel } from '../data/load.ts';

/** One commune page per code ever used: the page tells the story of the code. */
export function communePaths() {
  return getModel().register.communeCodeList().map((code) => ({ params: { code } }));
}
