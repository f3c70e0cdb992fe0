// Pins the HtmlService fake (reference/html/html-service; guides/html/templates): scriptlets, files, outputs.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createHtmlService } from '../../local/fakes/html.fake';

function setup() {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'html-fake-'));
  fs.writeFileSync(path.join(dist, 'Sidebar.html'), '<h1><?= titulo ?></h1><?!= include("Estilos") ?>');
  fs.writeFileSync(path.join(dist, 'Estilos.html'), '<style>b{}</style>');
  const world = newWorld({ owner: 'duena@example.org' });
  const exec = newExecution(world, { functionName: 't', user: 'asistente@example.org', distDir: dist });
  return { hs: createHtmlService(exec) };
}

describe('HtmlService fake', () => {
  test('<?= ?> escapes, <?!= ?> does not (guides/html/templates)', () => {
    const { hs } = setup();
    const t = hs.createTemplate('<p><?= texto ?></p><div><?!= texto ?></div>');
    t.texto = '<b>"Hola" & adiós</b>';
    expect(t.evaluate().getContent()).toBe(
      '<p>&lt;b&gt;&quot;Hola&quot; &amp; adiós&lt;/b&gt;</p><div><b>"Hola" & adiós</b></div>',
    );
  });

  test('<? code ?> scriptlets with loops; template properties are variables', () => {
    const { hs } = setup();
    const t = hs.createTemplate('<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul>');
    t.items = ['a', 'b<'];
    expect(t.evaluate().getContent()).toBe('<ul><li>a</li><li>b&lt;</li></ul>');
  });

  test('createTemplateFromFile reads dist/NAME.html; include() inserts another file', () => {
    const { hs } = setup();
    const t = hs.createTemplateFromFile('Sidebar');
    t.titulo = 'Difusión';
    expect(t.evaluate().getContent()).toBe('<h1>Difusión</h1><style>b{}</style>');
  });

  test('a missing file fails like Apps Script', () => {
    const { hs } = setup();
    expect(() => hs.createHtmlOutputFromFile('Nada')).toThrow('No HTML file named Nada was found.');
    expect(() => hs.createTemplateFromFile('Nada')).toThrow('No HTML file named Nada was found.');
  });

  test('HtmlOutput setters and getters', () => {
    const { hs } = setup();
    const o = hs
      .createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .setTitle('Difusión ICM')
      .setWidth(300)
      .setHeight(200)
      .setSandboxMode(hs.SandboxMode.IFRAME)
      .setXFrameOptionsMode(hs.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width');
    expect(o.getContent()).toBe('<p>a</p><p>b</p>');
    expect([o.getTitle(), o.getWidth(), o.getHeight()]).toEqual(['Difusión ICM', 300, 200]);
    expect(o.getMetaTags()[0].getName()).toBe('viewport');
    expect(hs.createHtmlOutputFromFile('Estilos').getContent()).toBe('<style>b{}</style>');
  });
});
