import { describe, expect, it } from 'vitest';
import { addresseeLine } from '../../core/parse/addressees';
import { parseDocument } from '../../core/parse/document';
import { normalizeLines } from '../../core/normalize';

// Replies (批复) written in the genre's grammar: the addressee line closes the front matter, and the reply speaks to
// those it answers as 你省, 你委, 你们.
const reply = (addressees: string, body: string): string =>
  `国务院关于同意设立某示范区的批复\n国函〔2022〕19号\n\n${addressees}\n${body}\n\n国务院\n2022年3月1日\n`;

/** The bodies each duty charges, by the name each stands for, and the words that named them. */
const duties = (text: string): string[] =>
  parseDocument(text, 'r.txt').annotations.filter((a) => a.inText).flatMap((a) => a.bodies.map((b) => `${a.itemPath} ${b.name ?? b.asWritten}<${b.asWritten}>:${b.role}`));

describe('the bodies a reply answers', () => {
  it('finds the addressee line below the title and number, and none in a text without one', () => {
    const { lines } = normalizeLines(reply('湖南省、江西省人民政府，国家发展改革委：', '你们关于设立示范区的请示收悉。'));
    expect(addresseeLine(lines, 0)?.text).toBe('湖南省、江西省人民政府，国家发展改革委：');
    expect(addresseeLine(normalizeLines('关于某事的通知\n现批复如下：\n一、同意。').lines, 0)).toBeUndefined();
  });

  it('你们 is each body answered, 你省 each government among them, 你委 the organ whose name ends so', () => {
    const text = reply('湖南省、江西省人民政府，国家发展改革委：', [
      '你们关于设立示范区的请示收悉。现批复如下：',
      '一、你们要加强统筹协调，建立健全工作机制。',
      '二、你委要适时组织开展评估。',
    ].join('\n'));
    expect(duties(text)).toEqual([
      '一、 湖南省人民政府<你们>:responsible', '一、 江西省人民政府<你们>:responsible', '一、 国家发展改革委<你们>:responsible',
      '二、 国家发展改革委<你委>:responsible',
    ]);
  });

  it('请你省…, 你省要…: the one government answered; the request it answers is no duty', () => {
    const text = reply('福建省人民政府：', '你省关于设立福州新区的请示收悉。现批复如下：\n一、同意设立福州新区。\n二、请你省切实加强组织领导。你省要建立健全协调推进机制。');
    // one duty a sentence
    expect(duties(text)).toEqual(['二、 福建省人民政府<你省>:responsible', '二、 福建省人民政府<你省>:responsible']);
  });

  it('a circular to the classes of bodies gives 你们 to no one', () => {
    const text = reply('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', '现将《方案》印发给你们，请认真贯彻执行。\n你们要加强领导。');
    expect(duties(text)).toEqual([]);
  });
});
