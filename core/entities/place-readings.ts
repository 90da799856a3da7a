/**
 * Readings of characters in place names that differ from their everyday reading, which is what a general pinyin
 * converter gives (pinyin-pro reads 乐清 as Leqing, 洪洞 as Hongdong): the standard readings of the names of
 * divisions (乐清 Yuèqīng, 洪洞 Hóngtóng), as the State Council's place-name rules and the official English names use
 * them. Whole words, as a character keeps its place reading only in that name (六安 Lù'ān but 六盘水 Liùpánshuǐ).
 */
export const PLACE_READINGS: Readonly<Record<string, readonly string[]>> = {
  单: ['shan'], // 单县
  浚: ['xun'], // 浚县
  蔚: ['yu'], // 蔚县
  歙: ['she'], // 歙县
  洪洞: ['hong', 'tong'],
  乐清: ['yue', 'qing'],
  乐亭: ['lao', 'ting'],
  涡阳: ['guo', 'yang'],
  调兵山: ['diao', 'bing', 'shan'],
  大埔: ['da', 'bu'],
  筠连: ['jun', 'lian'],
  泌阳: ['bi', 'yang'],
  六合: ['lu', 'he'],
  六安: ['lu', 'an'],
  番禺: ['pan', 'yu'],
  丽水: ['li', 'shui'],
  蚌埠: ['beng', 'bu'],
  莒南: ['ju', 'nan'],
  长子: ['zhang', 'zi'],
  荥经: ['ying', 'jing'],
  荥阳: ['xing', 'yang'],
  铅山: ['yan', 'shan'],
  东阿: ['dong', 'e'],
  会理: ['hui', 'li'],
  珲春: ['hun', 'chun'],
  黄陂: ['huang', 'pi'],
  大城: ['da', 'cheng'],
  尉犁: ['yu', 'li'],
  繁峙: ['fan', 'shi'],
  覃塘: ['tan', 'tang'],
  宕昌: ['tan', 'chang'],
};

/** 都 is read du in every place name (成都, 郫都, 都安, 江都), never dou; 什 shi (喀什, 什邡, 克什克腾), never shen. */
export const PLACE_CHARACTER_READINGS: Readonly<Record<string, string>> = { 都: 'du', 什: 'shi' };
