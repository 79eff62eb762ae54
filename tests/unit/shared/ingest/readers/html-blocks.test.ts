import { describe, expect, it } from 'vitest';
import { cliIngestLibraries } from '../../../../../cli/ingest-libraries';
import { htmlToBlocks, safeHref } from '../../../../../shared/ingest/readers';

const blocksOf = (html: string) => {
  const doc = cliIngestLibraries.parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`);
  if (!doc.body) throw new Error('no body');
  return htmlToBlocks(doc.body);
};

describe('htmlToBlocks', () => {
  it('reads headings, clamping h4–h6 to level 3', () => {
    expect(blocksOf('<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h6>Six</h6>')).toEqual([
      { kind: 'heading', level: 1, text: 'One' },
      { kind: 'heading', level: 2, text: 'Two' },
      { kind: 'heading', level: 3, text: 'Three' },
      { kind: 'heading', level: 3, text: 'Four' },
      { kind: 'heading', level: 3, text: 'Six' },
    ]);
  });

  it('keeps bold, italic and web links as runs whose text adds up to the paragraph', () => {
    const [paragraph] = blocksOf(
      '<p>Plain <b>bold</b>, <strong>strong</strong> and <em>stressed <i>twice</i></em> with <a href="https://example.org/a">a link</a>.</p>',
    );
    expect(paragraph).toEqual({
      kind: 'paragraph',
      text: 'Plain bold, strong and stressed twice with a link.',
      runs: [
        { text: 'Plain ' },
        { text: 'bold', bold: true },
        { text: ', ' },
        { text: 'strong', bold: true },
        { text: ' and ' },
        { text: 'stressed twice', italic: true },
        { text: ' with ' },
        { text: 'a link', href: 'https://example.org/a' },
        { text: '.' },
      ],
    });
  });

  it('keeps http, https and mailto links only; other targets become plain text', () => {
    const [paragraph] = blocksOf(
      '<p><a href="javascript:alert(1)">run</a> <a href="data:text/html,x">data</a> <a href="/relative">here</a> <a href="mailto:desk@example.org">mail</a></p>',
    );
    expect(paragraph).toEqual({
      kind: 'paragraph',
      text: 'run data here mail',
      runs: [{ text: 'run data here ' }, { text: 'mail', href: 'mailto:desk@example.org' }],
    });
    expect(safeHref(' https://example.org/x ')).toBe('https://example.org/x');
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHref('https://exa mple.org')).toBeUndefined();
  });

  it('collapses whitespace as a browser shows it and turns <br> into a line break', () => {
    expect(blocksOf('<p>  Line\n   one&nbsp;&nbsp;goes on<br>\n line two <br></p>')).toEqual([
      { kind: 'paragraph', text: 'Line one goes on\nline two' },
    ]);
  });

  it('starts a new paragraph at two line breaks in a row, as old pages separate paragraphs', () => {
    expect(blocksOf('<div>First part<br><br>Second part</div>')).toEqual([
      { kind: 'paragraph', text: 'First part' },
      { kind: 'paragraph', text: 'Second part' },
    ]);
  });

  it('makes a paragraph of text sitting directly in a div, split around the blocks inside it', () => {
    expect(blocksOf('<div>Before <span>inline</span><p>Inside</p>after</div>')).toEqual([
      { kind: 'paragraph', text: 'Before inline' },
      { kind: 'paragraph', text: 'Inside' },
      { kind: 'paragraph', text: 'after' },
    ]);
  });

  it('reads nested lists into items with children', () => {
    expect(
      blocksOf(
        '<ol><li>First<ul><li>Detail <b>one</b></li><li>Detail two</li></ul></li><li><p>Second</p></li></ol>',
      ),
    ).toEqual([
      {
        kind: 'list',
        ordered: true,
        items: [
          {
            text: 'First',
            children: {
              kind: 'list',
              ordered: false,
              items: [
                { text: 'Detail one', runs: [{ text: 'Detail ' }, { text: 'one', bold: true }] },
                { text: 'Detail two' },
              ],
            },
          },
          { text: 'Second' },
        ],
      },
    ]);
  });

  it('nests a list written as a sibling of its items under the item before it', () => {
    expect(blocksOf('<ul><li>Parent</li><ul><li>Child</li></ul><li>Next</li></ul>')).toEqual([
      {
        kind: 'list',
        ordered: false,
        items: [
          { text: 'Parent', children: { kind: 'list', ordered: false, items: [{ text: 'Child' }] } },
          { text: 'Next' },
        ],
      },
    ]);
  });

  it('reads a table with a header row, padding column spans and cells covered by row spans', () => {
    expect(
      blocksOf(
        '<table><thead><tr><th>Area</th><th colspan="2">Contributions</th></tr></thead>' +
          '<tbody><tr><td rowspan="2">Cyber</td><td>Hubs</td><td>Tools</td></tr><tr><td>Training</td><td><p>Liaison</p><p>officers</p></td></tr></tbody></table>',
      ),
    ).toEqual([
      {
        kind: 'table',
        header: true,
        rows: [
          ['Area', 'Contributions', ''],
          ['Cyber', 'Hubs', 'Tools'],
          ['', 'Training', 'Liaison officers'],
        ],
      },
    ]);
  });

  it('takes a first row of th cells as the header, and no header otherwise', () => {
    expect(
      blocksOf('<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>')[0],
    ).toMatchObject({
      header: true,
    });
    expect(
      blocksOf('<table><tr><td>A</td><td>B</td></tr><tr><td>1</td><td>2</td></tr></table>')[0],
    ).toMatchObject({
      header: false,
    });
  });

  it('caps a hostile colspan instead of making thousands of columns', () => {
    const [table] = blocksOf(
      '<table><tr><td colspan="100000">wide</td></tr><tr><td>a</td><td>b</td></tr></table>',
    );
    expect(table?.kind === 'table' && table.rows[0]?.length).toBe(50);
  });

  it('reads a layout table (one column, or tables inside it) as the blocks in its cells', () => {
    expect(blocksOf('<table><tr><td><h2>Inside</h2><p>Text</p></td></tr></table>')).toEqual([
      { kind: 'heading', level: 2, text: 'Inside' },
      { kind: 'paragraph', text: 'Text' },
    ]);
  });

  it('reads a blockquote as a quote, its paragraphs on separate lines', () => {
    expect(blocksOf('<blockquote><p>One.</p><p>Two.</p><footer>— Someone</footer></blockquote>')).toEqual([
      { kind: 'quote', text: 'One.\nTwo.\n— Someone' },
    ]);
  });

  it('marks figcaptions and caption-classed elements as captions', () => {
    expect(
      blocksOf(
        '<figure><img src="a.jpg"><figcaption>The port - PHOTO/FILE</figcaption></figure><p class="wp-caption-text">Another</p><div class="photo-credit">Credit line</div>',
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'The port - PHOTO/FILE', caption: true },
      { kind: 'paragraph', text: 'Another', caption: true },
      { kind: 'paragraph', text: 'Credit line', caption: true },
    ]);
  });

  it('leaves out scripts, styles, embedded objects, forms, navigation and hidden parts entirely', () => {
    const blocks = blocksOf(
      '<script>alert("x")</script><style>p{}</style><noscript>Enable JS</noscript><iframe>frame</iframe>' +
        '<object>obj</object><template><p>tpl</p></template><svg><text>svg</text></svg><canvas>cv</canvas>' +
        '<form><label>Name</label><input value="v"><button>Send</button></form><nav>Menu</nav><aside>Aside</aside>' +
        '<footer>Foot</footer><div hidden>Hidden</div><div style="display: none">None</div><div aria-hidden="true">Aria</div>' +
        '<div role="navigation">Role nav</div><div class="share-buttons">Share</div><div id="cookie-banner">Cookies</div>' +
        '<p onclick="alert(1)" onmouseover="steal()">Kept <button onclick="x()">Click</button>text</p>',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Kept text' }]);
  });

  it('keeps a long container even when its class names a sidebar, so a main column is never lost', () => {
    const long = 'This sentence is part of the story. '.repeat(40);
    expect(blocksOf(`<div class="content has-sidebar"><p>${long}</p></div>`)).toHaveLength(1);
  });

  it('skips a site banner but keeps an article header that holds the title', () => {
    expect(
      blocksOf(
        '<header><a href="/">Outlet</a></header><article><header><h1>Title</h1><p>By A. Writer</p></header><p>Body</p></article>',
      ),
    ).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'By A. Writer' },
      { kind: 'paragraph', text: 'Body' },
    ]);
  });

  it('reads a very deeply nested page without exhausting the stack', () => {
    const depth = 5000;
    const blocks = blocksOf(
      `${'<div>'.repeat(depth)}<p>Deep <script>x</script>text</p>${'</div>'.repeat(depth)}`,
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Deep text' }]);
  });

  it('keeps preformatted text line by line', () => {
    expect(blocksOf('<pre>line one\n   line two\n</pre>')).toEqual([
      { kind: 'paragraph', text: 'line one\nline two' },
    ]);
  });
});
