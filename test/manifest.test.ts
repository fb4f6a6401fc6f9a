// Checks manifest.xml offline. `npm run validate` asks a Microsoft web service; this test
// covers what can be checked without the network: ids, URLs, icons, requirement sets, order.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = join(__dirname, '..');
const DEV_URL = 'https://localhost:3000/';

/** One element of fast-xml-parser's preserveOrder tree: `{ tag: children, ':@': attributes }`. */
type OrderedNode = Record<string, unknown>;

interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly Element[];
  readonly text: string;
}

/** Turns the preserveOrder tree into elements with names, attributes, children and text. */
function toElements(nodes: readonly OrderedNode[]): Element[] {
  const elements: Element[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (name === undefined || name === '#text' || name === '?xml') continue;
    const rawChildren = (node[name] ?? []) as OrderedNode[];
    const text = rawChildren
      .map((child) => child['#text'])
      .filter((t) => t !== undefined)
      .map(String)
      .join('')
      .trim();
    elements.push({
      name,
      attributes: (node[':@'] ?? {}) as Record<string, string>,
      children: toElements(rawChildren),
      text,
    });
  }
  return elements;
}

const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
});
const officeApp = toElements(parser.parse(xml) as OrderedNode[]).find((e) => e.name === 'OfficeApp');

function app(): Element {
  if (officeApp === undefined) throw new Error('manifest.xml has no OfficeApp root');
  return officeApp;
}

function child(parent: Element, name: string): Element {
  const found = parent.children.find((e) => e.name === name);
  if (found === undefined) throw new Error(`<${parent.name}> has no <${name}>`);
  return found;
}

function descendants(root: Element): Element[] {
  return root.children.flatMap((c) => [c, ...descendants(c)]);
}

function byName(root: Element, name: string): Element[] {
  return descendants(root).filter((e) => e.name === name);
}

function attr(element: Element, name: string): string {
  const value = element.attributes[name];
  if (value === undefined) throw new Error(`<${element.name}> has no ${name} attribute`);
  return value;
}

const versionOverrides = (): Element => child(app(), 'VersionOverrides');
const resources = (): Element => child(versionOverrides(), 'Resources');

/** Every resource the Resources element defines, by id. */
function resourceValues(): Map<string, string> {
  const values = new Map<string, string>();
  for (const group of resources().children) {
    for (const item of group.children) values.set(attr(item, 'id'), attr(item, 'DefaultValue'));
  }
  return values;
}

function resource(id: string): string {
  const value = resourceValues().get(id);
  if (value === undefined) throw new Error(`resource ${id} is not defined`);
  return value;
}

/** Every URL in the manifest, from attributes and text, except the xmlns namespace names. */
function allUrls(): { where: string; url: string }[] {
  const urls: { where: string; url: string }[] = [];
  for (const element of [app(), ...descendants(app())]) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (!name.startsWith('xmlns') && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        urls.push({ where: `${element.name}@${name}`, url: value });
      }
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(element.text)) urls.push({ where: element.name, url: element.text });
  }
  return urls;
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The local icon file behind a manifest URL, checked against the size in its name. */
function checkIcon(url: string): { file: string; size: number } {
  expect(url.startsWith(DEV_URL)).toBe(true);
  const relative = url.slice(DEV_URL.length);
  const match = /^assets\/icon-(\d+)\.png$/.exec(relative);
  if (match?.[1] === undefined) throw new Error(`${url} is not assets/icon-<size>.png`);
  const size = Number(match[1]);
  const file = join(ROOT, relative);
  expect(existsSync(file)).toBe(true);
  expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
  return { file: relative, size };
}

/** OfficeApp's children in the order the schema (OfficeAppManifestv1.1.xsd, TaskPaneApp) requires. */
const SCHEMA_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description'];

describe('manifest.xml', () => {
  it('is a task pane add-in with the Office namespaces', () => {
    expect(app().attributes).toMatchObject({
      xmlns: 'http://schemas.microsoft.com/office/appforoffice/1.1',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xmlns:bt': 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
      'xsi:type': 'TaskPaneApp',
    });
    expect(versionOverrides().attributes).toMatchObject({
      xmlns: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
      'xsi:type': 'VersionOverridesV1_0',
    });
  });

  it('has a GUID Id, a four-part Version and the id-ID locale', () => {
    expect(child(app(), 'Id').text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(child(app(), 'Version').text).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    expect(child(app(), 'DefaultLocale').text).toBe('id-ID');
  });

  it('runs in Excel only, reads and writes the workbook', () => {
    expect(child(app(), 'Hosts').children.map((h) => attr(h, 'Name'))).toEqual(['Workbook']);
    expect(child(app(), 'Permissions').text).toBe('ReadWriteDocument');
    expect(byName(versionOverrides(), 'Host').map((h) => attr(h, 'xsi:type'))).toEqual(['Workbook']);
  });

  it('requires ExcelApi 1.7, between Hosts and DefaultSettings', () => {
    const sets = child(child(app(), 'Requirements'), 'Sets');
    expect(sets.children.map((s) => s.attributes)).toEqual([{ Name: 'ExcelApi', MinVersion: '1.7' }]);
    const names = app().children.map((e) => e.name);
    expect(names.indexOf('Requirements')).toBe(names.indexOf('Hosts') + 1);
    expect(names.indexOf('DefaultSettings')).toBe(names.indexOf('Requirements') + 1);
  });

  it('lists the OfficeApp children in schema order, each once, with the required ones present', () => {
    const names = app().children.map((e) => e.name);
    for (const name of names) expect(SCHEMA_ORDER).toContain(name);
    const positions = names.map((name) => SCHEMA_ORDER.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const name of [...REQUIRED, 'DefaultSettings', 'Permissions']) expect(names).toContain(name);
  });

  it('uses only https URLs on the dev server', () => {
    const urls = allUrls();
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const { where, url } of urls) {
      expect({ where, url: url.startsWith(DEV_URL) ? 'on the dev server' : url }).toEqual({
        where,
        url: 'on the dev server',
      });
    }
  });

  it('points IconUrl and HighResolutionIconUrl at PNGs of the sizes their names give', () => {
    expect(checkIcon(attr(child(app(), 'IconUrl'), 'DefaultValue')).size).toBe(32);
    expect([64, 80]).toContain(checkIcon(attr(child(app(), 'HighResolutionIconUrl'), 'DefaultValue')).size);
  });

  it('points every bt:Image at a PNG whose size matches its name and every use of it', () => {
    const images = byName(resources(), 'bt:Image');
    expect(images.map((i) => checkIcon(attr(i, 'DefaultValue')).size).sort((a, b) => a - b)).toEqual([
      16, 32, 80,
    ]);
    const uses = byName(child(versionOverrides(), 'Hosts'), 'bt:Image');
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      expect(checkIcon(resource(attr(use, 'resid'))).size).toBe(Number(attr(use, 'size')));
    }
  });

  it('defines every resid it references, and references every resource it defines', () => {
    const referenced = new Set(
      descendants(versionOverrides())
        .map((e) => e.attributes['resid'])
        .filter((id) => id !== undefined),
    );
    const defined = [...resourceValues().keys()];
    expect(new Set(defined).size).toBe(defined.length);
    expect([...referenced].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !referenced.has(id))).toEqual([]);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('opens taskpane.html from the ribbon button and loads commands.html as the function file', () => {
    const actions = byName(versionOverrides(), 'Action');
    expect(actions.map((a) => attr(a, 'xsi:type'))).toEqual(['ShowTaskpane']);
    const [showTaskpane] = actions;
    if (showTaskpane === undefined) throw new Error('no ShowTaskpane action');
    expect(child(showTaskpane, 'TaskpaneId').text).not.toBe('');
    const taskpaneUrl = resource(attr(child(showTaskpane, 'SourceLocation'), 'resid'));
    expect(taskpaneUrl).toBe(`${DEV_URL}taskpane.html`);
    expect(attr(child(child(app(), 'DefaultSettings'), 'SourceLocation'), 'DefaultValue')).toBe(taskpaneUrl);
    const [functionFile] = byName(versionOverrides(), 'FunctionFile');
    if (functionFile === undefined) throw new Error('no FunctionFile');
    expect(resource(attr(functionFile, 'resid'))).toBe(`${DEV_URL}commands.html`);
    const tab = byName(versionOverrides(), 'OfficeTab');
    expect(tab.map((t) => attr(t, 'id'))).toEqual(['TabHome']);
  });

  it('names and describes itself in Indonesian, within the schema lengths', () => {
    const displayName = attr(child(app(), 'DisplayName'), 'DefaultValue');
    const description = attr(child(app(), 'Description'), 'DefaultValue');
    expect(displayName).toBe('LAKIP Tracker');
    expect(child(app(), 'ProviderName').text).not.toBe('');
    expect(description).toContain('LAKIP');
    expect(description).toMatch(/\b(dan|untuk|data|kinerja)\b/i);
    expect(displayName.length).toBeLessThanOrEqual(125);
    expect(description.length).toBeLessThanOrEqual(250);

    const shortStrings = child(resources(), 'bt:ShortStrings').children;
    const longStrings = child(resources(), 'bt:LongStrings').children;
    for (const s of shortStrings) {
      expect(attr(s, 'DefaultValue').trim()).not.toBe('');
      expect(attr(s, 'DefaultValue').length).toBeLessThanOrEqual(125);
    }
    for (const s of longStrings) {
      expect(attr(s, 'DefaultValue').trim()).not.toBe('');
      expect(attr(s, 'DefaultValue').length).toBeLessThanOrEqual(250);
    }
    expect(resource('LakipGroup.Label')).toBe('LAKIP');
    expect(resource('TaskpaneButton.Label')).toBe('LAKIP Tracker');
    expect(resource('TaskpaneButton.Tooltip')).toMatch(/\b(buka|panel|data)\b/i);
  });
});
