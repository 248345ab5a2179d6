import { describe, expect, it } from 'vitest';
import { companyKey, normaliseEmail, normalisePhone, personKey, splitMulti } from './contact-normalise';

describe('normaliseEmail', () => {
  it('lower-cases and trims a valid address', () => {
    expect(normaliseEmail('  Hans.Mueller@ACME.de ')).toBe('hans.mueller@acme.de');
  });
  it.each(['hans@', '@acme.de', 'hans@acme', 'hans mueller@acme.de', 'a..b@acme.de', ''])(
    'refuses %j',
    (raw) => {
      expect(normaliseEmail(raw)).toBeNull();
    },
  );
});

describe('normalisePhone', () => {
  it('reads an international number with the (0) trunk prefix printed on European cards', () => {
    expect(normalisePhone('+49 (0)30 1234 5678')).toBe('+493012345678');
  });
  it('uses the lead country for a national number', () => {
    expect(normalisePhone('0571-8888 6666', 'CN')).toBe('+8657188886666');
    expect(normalisePhone('138 0013 8000', 'CN')).toBe('+8613800138000');
  });
  it('refuses what cannot be a phone number', () => {
    expect(normalisePhone('12')).toBeNull();
    expect(normalisePhone('call me')).toBeNull();
    expect(normalisePhone('0571-8888 6666')).toBeNull(); // national number without a country
  });
});

describe('splitMulti', () => {
  it('splits on separators people type, including full-width ones', () => {
    expect(splitMulti('a@x.com; b@y.com，c@z.com\n d@w.com')).toEqual([
      'a@x.com',
      'b@y.com',
      'c@z.com',
      'd@w.com',
    ]);
  });
});

describe('companyKey and personKey', () => {
  it('reduces legal forms, case and punctuation', () => {
    expect(companyKey('ACME Trading Co., Ltd.')).toBe(companyKey('acme'));
    expect(companyKey('Müller GmbH & Co. KG')).toBe(companyKey('MÜLLER'));
    expect(companyKey('宁波美达电器有限公司')).toBe(companyKey('宁波美达电器'));
  });
  it('keeps different companies apart', () => {
    expect(companyKey('Acme Lighting')).not.toBe(companyKey('Acme Audio'));
  });
  it('reduces titles and spacing of names', () => {
    expect(personKey('Dr. Hans  MÜLLER')).toBe('hans muller');
  });
  it('folds Latin accents and letters like ß and ø, but not the marks of other scripts', () => {
    expect(personKey('José García')).toBe(personKey('Jose Garcia'));
    expect(personKey('Łukasz Wiśniewski')).toBe('lukasz wisniewski');
    expect(companyKey('Øster Straße AG')).toBe(companyKey('oster strasse'));
    expect(personKey('Nguyễn Văn An')).toBe('nguyen van an');
    expect(personKey('がくと')).not.toBe(personKey('かくと'));
    expect(personKey('王小明')).toBe('王小明');
  });
});
