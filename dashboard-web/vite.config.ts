/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// The silo serves the built screens from its wwwroot (never committed: it is build output).
const outDir = here('../silo/Actors.Silo/wwwroot');

// `npm run dev` talks to a silo started with `dotnet run --project silo/Actors.Silo`.
const silo = 'http://127.0.0.1:5080';

export default defineConfig({
  base: './',
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // The SignalR client ships /*#__PURE__*/ comments where Rollup cannot use them; harmless, and noise in dotnet build.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('@microsoft/signalr')) return;
        warn(warning);
      },
      input: {
        index: here('index.html'),
        lobby: here('lobby.html'),
        kiosk: here('kiosk.html'),
        display: here('display.html'),
        board: here('board.html'),
        worklist: here('worklist.html'),
        signin: here('signin.html'),
        'staff-worklist': here('staff-worklist.html'),
        approvals: here('approvals.html'),
        terminal: here('terminal.html'),
        'month-end': here('month-end.html'),
        'work-order': here('work-order.html'),
        devices: here('devices.html'),
        calendar: here('calendar.html'),
        audit: here('audit.html'),
      },
    },
  },
  server: {
    proxy: {
      '/api': silo,
      '/hubs': { target: silo, ws: true },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
