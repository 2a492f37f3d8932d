/**
 * The finish step's one read of the built site: each page's policy, title and description as the
 * whole-page checks read them, the site's one policy (a page without it or with another is named), and
 * the memo that lets a warm build skip the files that are the same files as last time — but never a
 * file written since, nor one written just before the scan.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { onePolicy, pageHead, scanSite } from '../../../scripts/lib/site-scan.ts';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='";
const page = (title: string, body = '<p>Xã Vinh Hưng</p>', policy = POLICY) =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}"><title>${title}</title><meta name="description" content="Kết quả &amp; tiêu chí"></head><body>${body}</body></html>`;

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-scan-'));
  made.push(dir);
  mkdirSync(join(dir, 'xa/20122'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), page('Trang chủ · CĐHT'));
  writeFileSync(join(dir, 'xa/20122/index.html'), page('Xã Vinh Hưng (20122) · CĐHT'));
  writeFileSync(join(dir, 'data.csv'), 'commune_code,score\r\n20122,87\r\n');
  return dir;
}

/** Set a file's times an hour back, as for a file the last build made. */
const age = (file: string) => utimesSync(file, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));

describe('the finish step scan', () => {
  it('reads policy, title and description from the head as from the whole page', () => {
    const html = Buffer.from(page('Xã &quot;A&quot; · CĐHT'));
    expect(pageHead(html)).toEqual({ policy: POLICY, title: 'Xã "A" · CĐHT', description: 'Kết quả & tiêu chí' });
    // A policy only in the body is still found, as the whole-page check found it.
    const late = Buffer.from(`<html><head><title>T</title></head><body>${page('x').slice(40)}</body></html>`);
    expect(pageHead(late).policy).toBe(POLICY);
    expect(pageHead(Buffer.from('<html><head><title>T</title></head><body></body></html>')).policy).toBeNull();
  });

  it('gives the one policy, naming a page without it or with another', () => {
    const dir = site();
    expect(onePolicy(scanSite(dir).pages.values())).toBe(POLICY);
    writeFileSync(join(dir, 'xa/20122/index.html'), page('Xã', '', "default-src 'none'"));
    expect(() => onePolicy(scanSite(dir).pages.values())).toThrow(
      /^xa\/20122\/index\.html: its Content-Security-Policy differs/,
    );
    writeFileSync(join(dir, 'xa/20122/index.html'), '<html><head><title>Xã</title></head></html>');
    expect(() => onePolicy(scanSite(dir).pages.values())).toThrow(
      /^xa\/20122\/index\.html: no Content-Security-Policy/,
    );
  });

  it('does not read again a file that is the same file as at the last scan, and reads every other', () => {
    const dir = site();
    const memo = join(dir, '..', `${dir.split('/').pop()}.memo.json`);
    made.push(memo);
    const csv = join(dir, 'data.csv');
    const home = join(dir, 'index.html');
    [csv, home].forEach(age);
    const first = scanSite(dir, undefined, memo);
    // Same inode, size and time, other bytes (only a deliberate reset of the time can do this): the memo
    // answers, which shows the file was not read.
    const at = statSync(csv).mtime;
    writeFileSync(csv, 'commune_code,score\r\n20122,88\r\n');
    utimesSync(csv, at, at);
    writeFileSync(home, page('Trang chủ · CĐHT', '<p>Xã Vinh Hưng</p>', "default-src 'none'"));
    const second = scanSite(dir, undefined, memo);
    const digest = (s: ReturnType<typeof scanSite>, p: string) => s.files.find((f) => f.path === p)!.digest;
    expect(digest(second, 'data.csv'), 'unchanged file: from the memo').toBe(digest(first, 'data.csv'));
    // A file written since (its time moved) is read: new digest, new policy.
    expect(digest(second, 'index.html')).not.toBe(digest(first, 'index.html'));
    expect(second.pages.get('index.html')!.policy).toBe("default-src 'none'");
    expect(second.pages.get('xa/20122/index.html')!.title).toBe('Xã Vinh Hưng (20122) · CĐHT');
    // The commune page was written just before the first scan: not remembered, so read again even when
    // its time is put back to what it was.
    const page2 = join(dir, 'xa/20122/index.html');
    const was = statSync(page2).mtime;
    writeFileSync(page2, page('Xã Vinh Hưng (20122) · CĐHT', '<p>Xã Vinh Hưnh</p>'));
    utimesSync(page2, was, was);
    expect(digest(scanSite(dir, undefined, memo), 'xa/20122/index.html')).not.toBe(
      digest(first, 'xa/20122/index.html'),
    );
  });
});
