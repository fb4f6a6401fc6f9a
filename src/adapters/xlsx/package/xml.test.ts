import {
  attribute,
  childElements,
  escapeAttr,
  escapeText,
  rootElement,
  setAttributes,
  decodePart,
} from './xml';

describe('setAttributes edits a start tag in place', () => {
  test.each([
    ['<c r="A1" s="3" t="s">', { s: '7' }, '<c r="A1" s="7" t="s">'],
    ["<c r='A1'  s='3'/>", { s: null }, "<c r='A1'/>"],
    [
      '<pageSetup paperSize="5" r:id="rId2"/>',
      { paperSize: '9', fitToWidth: '1' },
      '<pageSetup paperSize="9" r:id="rId2" fitToWidth="1"/>',
    ],
    ['<x:row r="2">', { ht: '30', customHeight: '1' }, '<x:row r="2" ht="30" customHeight="1">'],
    ['<a b="1" >', { c: 'x"y' }, '<a b="1" c="x&quot;y" >'],
  ])('%s with %j → %s', (tag, changes, expected) => {
    expect(setAttributes(tag, changes)).toBe(expected);
  });
});

test('attribute reads one attribute without being fooled by longer names', () => {
  expect(attribute('<c rr="B1" r="A1" t="s">', 'r')).toBe('A1');
  expect(attribute('<definedName name="a&amp;b">', 'name')).toBe('a&b');
  expect(attribute('<c r="A1">', 's')).toBeUndefined();
});

test('elements are found by offsets, skipping comments, CDATA and quoted ">"', () => {
  const xml = '<?xml version="1.0"?><!-- <x> --><r a="1>2"><b/><![CDATA[<c>]]><c><d>t</d></c></r>';
  const root = rootElement(xml);
  const kids = childElements(xml, root.contentStart, root.contentEnd).map((k) => xml.slice(k.start, k.close));
  expect(kids).toEqual(['<b/>', '<c><d>t</d></c>']);
});

test('escaping: markup characters, and characters XML cannot hold as _xHHHH_', () => {
  expect(escapeText('a<b & c>\u0001')).toBe('a&lt;b &amp; c&gt;_x0001_');
  expect(escapeAttr('baris 1\nbaris "2"\t')).toBe('baris 1&#10;baris &quot;2&quot;&#9;');
  expect(escapeText('emoji 😀 tetap')).toBe('emoji 😀 tetap');
});

test('a part keeps its byte order mark; UTF-16 and invalid UTF-8 are refused with one sentence', () => {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e]);
  expect(decodePart(bom, 'x.xml')).toBe('\uFEFF<a/>');
  expect(() => decodePart(new Uint8Array([0xff, 0xfe, 0x3c, 0]), 'x.xml')).toThrow(
    expect.objectContaining({ code: 'file/not-xlsx' }) as Error,
  );
  expect(() => decodePart(new Uint8Array([0x3c, 0xc3, 0x28]), 'x.xml')).toThrow(
    expect.objectContaining({ code: 'file/damaged' }) as Error,
  );
});
