// npm start / npm stop: sideload the add-in into Excel desktop and serve it from the dev server.
//   Windows: registers manifest.xml under HKCU\Software\Microsoft\Office\16.0\WEF\Developer.
//   macOS:   copies manifest.xml into Excel's wef folder.
//   Elsewhere (Linux): only the dev server; sideload in Excel on the web (see docs/addin.md).
// `npm start` then runs the https dev server in the foreground (Ctrl+C ends it); `npm stop`
// removes the registration.
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const manifest = join(root, 'manifest.xml');
const id = /<Id>([^<]+)<\/Id>/.exec(readFileSync(manifest, 'utf8'))?.[1];
if (!id) throw new Error('manifest.xml has no <Id>');

const WIN_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
const macFolder = join(homedir(), 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');
const macFile = join(macFolder, `${id}.manifest.xml`);

function register(): void {
  if (platform() === 'win32') {
    execFileSync('reg', ['add', WIN_KEY, '/v', id!, '/t', 'REG_SZ', '/d', manifest, '/f'], { stdio: 'inherit' });
    console.log('Sideloaded for Excel on Windows. Open Excel: the 评分 group is on the Home tab.');
  } else if (platform() === 'darwin') {
    mkdirSync(macFolder, { recursive: true });
    copyFileSync(manifest, macFile);
    console.log(`Sideloaded for Excel on Mac (${macFile}). Restart Excel: the 评分 group is on the Home tab.`);
  } else {
    console.log('Excel desktop is not available on this platform: sideload in Excel on the web');
    console.log('(Home > Add-ins > More Settings > Upload My Add-in > manifest.xml), see docs/addin.md.');
  }
}

function unregister(): void {
  if (platform() === 'win32') {
    try {
      execFileSync('reg', ['delete', WIN_KEY, '/v', id!, '/f'], { stdio: 'inherit' });
    } catch {
      console.log('Not registered.');
    }
  } else if (platform() === 'darwin') {
    if (existsSync(macFile)) rmSync(macFile);
  }
  console.log('The add-in is no longer sideloaded. Stop the dev server with Ctrl+C in its window.');
}

const command = process.argv[2];
if (command === 'start') {
  register();
  const server = spawn('npx', ['webpack', 'serve', '--mode', 'development'], {
    cwd: root,
    stdio: 'inherit',
    shell: platform() === 'win32',
  });
  server.on('exit', (code) => process.exit(code ?? 0));
} else if (command === 'stop') {
  unregister();
} else {
  console.error('usage: tsx scripts/sideload.ts start|stop');
  process.exit(2);
}
