// Generates the placeholder app icon (build/icon.png, 512 px) from an SVG (the tray uses it scaled down).
// Run: node build/make-icon.mjs
import { resolve } from 'node:path';
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect x="16" y="16" width="480" height="480" rx="96" fill="#1c7ed6"/>
  <circle cx="256" cy="256" r="150" fill="none" stroke="#ffffff" stroke-width="28"/>
  <ellipse cx="256" cy="256" rx="62" ry="150" fill="none" stroke="#ffffff" stroke-width="20"/>
  <line x1="106" y1="256" x2="406" y2="256" stroke="#ffffff" stroke-width="20"/>
  <path d="M250 440 L420 300" fill="none" stroke="#ffd43b" stroke-width="30" stroke-linecap="round"/>
  <path d="M340 300 L420 300 L420 380" fill="none" stroke="#ffd43b" stroke-width="30" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const out = resolve(import.meta.dirname, 'icon.png');
await sharp(Buffer.from(svg)).png().toFile(out);
console.log(`wrote ${out}`);
