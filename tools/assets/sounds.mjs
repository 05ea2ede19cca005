// TerraFab sound generator: UI effects + a seamless ambient music loop (WAV).
// Mono, 22050 Hz, 16-bit PCM. Additive / FM synthesis with envelopes; all noise
// comes from a seeded mulberry32, so every run writes identical bytes.
//   node tools/assets/sounds.mjs
import { mulberry32, writeOut } from './lib.mjs';

export const SR = 22050;
const OUT = 'assets/sounds';
const TAU = 2 * Math.PI;

// Budgets (bytes). 16-bit mono @ 22050 Hz is 44100 B/s, so a 60 KB effect holds at most
// (60000 - 44) / 2 samples = 1.359 s of audio.
export const FX_MAX_BYTES = 60000;
export const MUSIC_MAX_BYTES = 1100000;
const FX_MAX_SAMPLES = Math.floor((FX_MAX_BYTES - 44) / 2);

// ---------------------------------------------------------------------------
// WAV writer (RIFF / WAVE, PCM format 1, mono, 16-bit)
// ---------------------------------------------------------------------------
export function encodeWav(samples, sampleRate = SR) {
  const dataBytes = samples.length * 2;
  const buf = Buffer.alloc(44 + dataBytes);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + dataBytes, 4);
  buf.write('WAVE', 8, 'ascii');
  buf.write('fmt ', 12, 'ascii');
  buf.writeUInt32LE(16, 16); // fmt chunk size
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // channels
  buf.writeUInt32LE(sampleRate, 24);
  buf.writeUInt32LE(sampleRate * 2, 28); // byte rate
  buf.writeUInt16LE(2, 32); // block align
  buf.writeUInt16LE(16, 34); // bits per sample
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]));
    buf.writeInt16LE(Math.round(v * 32767), 44 + i * 2);
  }
  return buf;
}

// ---------------------------------------------------------------------------
// DSP helpers
// ---------------------------------------------------------------------------
const midi = (m) => 440 * 2 ** ((m - 69) / 12);
const NOTE = (name) => {
  const m = /^([A-G])(#|b)?(-?\d)$/.exec(name);
  const base = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 }[m[1]];
  return midi(base + (m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0) + 12 * (Number(m[3]) + 1));
};
const secs = (s) => Math.round(s * SR);

/** Normalise to a peak in dBFS. */
function normalize(buf, peakDb) {
  let peak = 0;
  for (const v of buf) peak = Math.max(peak, Math.abs(v));
  const g = peak > 0 ? 10 ** (peakDb / 20) / peak : 1;
  for (let i = 0; i < buf.length; i++) buf[i] *= g;
  return buf;
}
/** Short raised-cosine fades so effects start and end at zero (no clicks). */
function fadeEdges(buf, inMs = 2, outMs = 30) {
  const a = secs(inMs / 1000), b = secs(outMs / 1000);
  for (let i = 0; i < a && i < buf.length; i++) buf[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
  for (let i = 0; i < b && i < buf.length; i++) buf[buf.length - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / b);
  buf[0] = 0;
  buf[buf.length - 1] = 0;
  return buf;
}
/** One-pole low-pass, in place. */
function onePoleLP(buf, cutoff) {
  const a = Math.exp((-TAU * cutoff) / SR);
  let y = 0;
  for (let i = 0; i < buf.length; i++) buf[i] = y = (1 - a) * buf[i] + a * y;
  return buf;
}

/** One-pole high-pass (DC / sub-rumble removal), in place. */
function onePoleHP(buf, cutoff) {
  const a = Math.exp((-TAU * cutoff) / SR);
  let x1 = 0, y1 = 0;
  for (let i = 0; i < buf.length; i++) {
    const y = a * (y1 + buf[i] - x1);
    x1 = buf[i];
    buf[i] = y1 = y;
  }
  return buf;
}

/**
 * FM bell / pluck voice added into `out` at sample `at` (wrapping if `wrap`).
 * partials: [ratio, amp, decay multiplier] — additive bell partials, each FM'd lightly.
 */
function bell(out, at, f, dur, opt = {}) {
  const {
    amp = 1,
    attack = 0.004,
    decay = 0.6,
    partials = [[1, 1, 1]],
    modRatio = 2,
    index = 1.2,
    indexDecay = 0.15,
    wrap = false,
  } = opt;
  const len = secs(dur);
  const N = out.length;
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    const a = (t < attack ? t / attack : 1) * amp;
    const I = index * Math.exp(-t / indexDecay);
    let s = 0;
    for (const [ratio, pa, dm] of partials) {
      const fc = f * ratio;
      const env = Math.exp(-t / (decay * dm));
      s += pa * env * Math.sin(TAU * fc * t + I * Math.sin(TAU * fc * modRatio * t));
    }
    // short release at the end of the note window
    const rel = Math.min(1, (len - i) / secs(0.02));
    let k = at + i;
    if (wrap) k %= N;
    else if (k >= N) break;
    out[k] += s * a * rel;
  }
}
const BELL = [
  [1, 1, 1],
  [2.0, 0.45, 0.7],
  [2.76, 0.3, 0.45],
  [4.07, 0.16, 0.3],
  [5.4, 0.1, 0.2],
];

// ---------------------------------------------------------------------------
// Effects
// ---------------------------------------------------------------------------
function sfxClick(rand) {
  const buf = new Float64Array(secs(0.045));
  let lp = 0;
  for (let i = 0; i < buf.length; i++) {
    const t = i / SR;
    const tick = Math.sin(TAU * 2350 * t) * Math.exp(-t / 0.0055) * 0.8 + Math.sin(TAU * 1180 * t) * Math.exp(-t / 0.011) * 0.35;
    lp = 0.55 * lp + 0.45 * (rand() * 2 - 1);
    const noise = lp * Math.exp(-t / 0.0018) * 0.5;
    buf[i] = tick + noise;
  }
  return fadeEdges(normalize(buf, -7), 0.5, 8);
}

function sfxConfirm() {
  const buf = new Float64Array(secs(0.42));
  bell(buf, 0, NOTE('E5'), 0.42, { decay: 0.16, partials: BELL.slice(0, 3), index: 0.8, amp: 0.8 });
  bell(buf, secs(0.075), NOTE('B5'), 0.345, { decay: 0.2, partials: BELL.slice(0, 3), index: 0.8, amp: 0.9 });
  return fadeEdges(normalize(buf, -5), 1, 40);
}

function sfxRefused() {
  // soft low two-tone "no": A3 then F3, rounded triangle-ish tone
  const buf = new Float64Array(secs(0.44));
  const tone = (at, f, dur) => {
    const len = secs(dur);
    for (let i = 0; i < len; i++) {
      const t = i / SR;
      const env = Math.min(1, t / 0.012) * Math.min(1, (len - i) / secs(0.06)) * Math.exp(-t / 0.35);
      const s = Math.sin(TAU * f * t) + Math.sin(TAU * 3 * f * t) / 12 + Math.sin(TAU * 5 * f * t) / 40 + 0.3 * Math.sin(TAU * 2 * f * t) * Math.exp(-t / 0.05);
      buf[at + i] += s * env;
    }
  };
  tone(0, NOTE('A3'), 0.17);
  tone(secs(0.18), NOTE('F3'), 0.26);
  onePoleLP(buf, 1800);
  return fadeEdges(normalize(buf, -9), 1, 30);
}

function sfxAlert() {
  const buf = new Float64Array(secs(0.7));
  bell(buf, 0, NOTE('A5'), 0.7, { decay: 0.22, partials: BELL, index: 1.0, amp: 0.75 });
  bell(buf, secs(0.11), NOTE('E6'), 0.59, { decay: 0.25, partials: BELL, index: 1.0, amp: 0.7 });
  bell(buf, secs(0.11), NOTE('A4'), 0.59, { decay: 0.3, partials: BELL.slice(0, 2), index: 0.5, amp: 0.35 });
  return fadeEdges(normalize(buf, -4), 1, 60);
}

function sfxMilestone() {
  // C-major arpeggio up to a bell chord, with a soft pad under it. ~1.36 s (60 KB cap).
  const len = FX_MAX_SAMPLES;
  const buf = new Float64Array(len);
  const dur = len / SR;
  const arp = ['C5', 'E5', 'G5', 'C6'];
  arp.forEach((nm, k) => {
    const at = secs(k * 0.085);
    bell(buf, at, NOTE(nm), dur - at / SR, { decay: 0.3, partials: BELL, index: 1.1, amp: 0.55 });
  });
  const chordAt = secs(0.36);
  for (const [nm, a] of [['C5', 0.45], ['E5', 0.4], ['G5', 0.4], ['C6', 0.45], ['E6', 0.35], ['G6', 0.2]]) {
    bell(buf, chordAt, NOTE(nm), dur - chordAt / SR, { decay: 0.5, partials: BELL, index: 0.9, amp: a });
  }
  // warm pad: additive saw-ish partials with slow attack, C major triad
  for (const nm of ['C4', 'G4', 'E4']) {
    const f = NOTE(nm);
    for (let i = 0; i < len; i++) {
      const t = i / SR;
      const env = Math.min(1, t / 0.25) * Math.exp(-Math.max(0, t - 0.5) / 0.45);
      let s = 0;
      for (let h = 1; h <= 6; h++) s += Math.sin(TAU * f * h * t * (1 + 0.002 * (h % 2))) / (h * h);
      buf[i] += 0.12 * s * env;
    }
  }
  return fadeEdges(normalize(buf, -2), 1, 220);
}

function sfxLaunch(rand) {
  // Rocket: resonant-filtered noise swelling then fading, plus low rumble. ~1.36 s (60 KB cap).
  const len = FX_MAX_SAMPLES;
  const buf = new Float64Array(len);
  const dur = len / SR;
  // state-variable filter on white noise
  let low = 0, band = 0;
  let brown = 0, rumbleLP = 0;
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    const u = t / dur;
    const white = rand() * 2 - 1;
    // cutoff sweeps up during ignition then settles back as it recedes
    const fc = 180 + 2600 * Math.sin(Math.PI * Math.min(1, u * 1.15)) ** 1.5;
    const f = 2 * Math.sin((Math.PI * fc) / SR);
    const q = 0.55;
    low += f * band;
    const high = white - low - q * band;
    band += f * high;
    brown = 0.985 * brown + 0.02 * white;
    rumbleLP += 0.08 * (brown - rumbleLP);
    // swell (0 -> 1 by ~45 %) then fade to nothing
    const env = u < 0.45 ? Math.sin((Math.PI / 2) * (u / 0.45)) ** 2 : Math.cos((Math.PI / 2) * ((u - 0.45) / 0.55)) ** 1.6;
    const crackle = rand() < 0.004 * env ? (rand() * 2 - 1) * 0.6 : 0;
    const thump = Math.sin(TAU * (48 + 20 * u) * t) * 0.35;
    buf[i] = env * (0.55 * band + 0.35 * low + 2.2 * rumbleLP + thump * env + crackle);
  }
  onePoleLP(buf, 5000);
  onePoleHP(buf, 38);
  onePoleHP(buf, 38);
  return fadeEdges(normalize(buf, -2), 5, 120);
}

function sfxFabComplete(rand) {
  // Two heavy mechanical "clunks" (a fab door sealing) then a rising chime chord.
  const len = secs(1.3);
  const buf = new Float64Array(len);
  const clunk = (at, f0, amp) => {
    let lp = 0;
    for (let i = 0; i < secs(0.22); i++) {
      const t = i / SR;
      const f = f0 * (0.55 + 0.45 * Math.exp(-t / 0.03));
      const body = Math.sin(TAU * f * t) * Math.exp(-t / 0.06);
      lp = 0.7 * lp + 0.3 * (rand() * 2 - 1);
      const hit = lp * Math.exp(-t / 0.008);
      buf[at + i] += amp * (body + 0.8 * hit);
    }
  };
  clunk(0, 120, 0.9);
  clunk(secs(0.13), 95, 1.0);
  const start = secs(0.3);
  ['G4', 'D5', 'G5', 'B5', 'D6'].forEach((nm, k) => {
    const at = start + secs(k * 0.06);
    bell(buf, at, NOTE(nm), (len - at) / SR, { decay: 0.38, partials: BELL, index: 0.9, amp: 0.42 });
  });
  onePoleHP(buf, 30);
  return fadeEdges(normalize(buf, -3), 1, 150);
}

// ---------------------------------------------------------------------------
// Music loop: 24 s, 80 BPM, 8 bars: Am(add9) | Fmaj7 | Dm9 | Esus4 -> E
// Everything is rendered into a circular buffer (tails wrap to the start, filters and
// delays run for two laps) so the loop joins without a seam.
// ---------------------------------------------------------------------------
function music(rand) {
  const BPM = 80;
  const beat = 60 / BPM; // 0.75 s
  const bars = 8;
  const N = secs(bars * 4 * beat); // 24 s
  const pad = new Float64Array(N);
  const arpBus = new Float64Array(N);
  const bass = new Float64Array(N);
  const perc = new Float64Array(N);

  const chords = [
    { root: 'A1', pad: ['A3', 'C4', 'E4', 'B4'], arp: ['A4', 'C5', 'E5', 'B5', 'E5', 'C5'] },
    { root: 'F1', pad: ['F3', 'A3', 'C4', 'E4'], arp: ['F4', 'A4', 'C5', 'E5', 'C5', 'A4'] },
    { root: 'D2', pad: ['D3', 'F3', 'A3', 'C4', 'E4'], arp: ['D4', 'F4', 'A4', 'E5', 'C5', 'A4'] },
    { root: 'E2', pad: ['E3', 'A3', 'B3', 'D4'], arp: ['E4', 'A4', 'B4', 'E5', 'B4', 'A4'], resolve: { from: 'A3', to: 'G#3', arpFrom: 'A4', arpTo: 'G#4' } },
  ];
  const chordLen = 2 * 4 * beat; // two bars each

  // --- pads: detuned additive saw-ish voices, slow swell, overlapping release (wraps)
  const padVoice = (startS, lenS, f, amp) => {
    const start = secs(startS), len = secs(lenS);
    const att = secs(1.6), rel = secs(2.2);
    const det = [-0.0035, 0.0032];
    for (let i = 0; i < len + rel; i++) {
      const t = i / SR;
      let env = i < att ? 0.5 - 0.5 * Math.cos((Math.PI * i) / att) : 1;
      if (i >= len) env *= 0.5 + 0.5 * Math.cos((Math.PI * (i - len)) / rel);
      let s = 0;
      for (const d of det) {
        const ff = f * (1 + d);
        for (let h = 1; h <= 7; h++) s += Math.sin(TAU * ff * h * t + h * 1.3) * (Math.exp(-0.45 * h) / h);
      }
      pad[(start + i) % N] += amp * env * s;
    }
  };
  chords.forEach((ch, ci) => {
    const t0 = ci * chordLen;
    for (const nm of ch.pad) {
      if (ch.resolve && nm === ch.resolve.from) {
        padVoice(t0, chordLen / 2, NOTE(nm), 0.16);
        padVoice(t0 + chordLen / 2, chordLen / 2, NOTE(ch.resolve.to), 0.16);
      } else padVoice(t0, chordLen, NOTE(nm), 0.16);
    }
  });

  // --- arpeggio: soft FM plucks on 8th notes, gentle accents
  const eighth = beat / 2;
  for (let k = 0; k < bars * 8; k++) {
    const t = k * eighth;
    const ci = Math.floor(t / chordLen);
    const ch = chords[ci];
    let nm = ch.arp[k % ch.arp.length];
    if (ch.resolve && t - ci * chordLen >= chordLen / 2 && nm === ch.resolve.arpFrom) nm = ch.resolve.arpTo;
    const accent = k % 8 === 0 ? 1 : k % 2 === 0 ? 0.78 : 0.6;
    const human = 0.9 + 0.2 * rand();
    bell(arpBus, secs(t), NOTE(nm), 1.2, {
      amp: 0.26 * accent * human,
      attack: 0.006,
      decay: 0.32,
      partials: [[1, 1, 1], [2, 0.22, 0.5], [3.01, 0.08, 0.3]],
      modRatio: 1,
      index: 1.4,
      indexDecay: 0.08,
      wrap: true,
    });
  }
  // a sparse high "ping" every two bars for a little tension
  for (let b = 0; b < bars; b += 2) {
    const ci = Math.floor(b / 2);
    const nm = ['E6', 'E6', 'F6', 'G#5'][ci];
    bell(arpBus, secs(b * 4 * beat + 3 * beat + eighth), NOTE(nm), 2.5, { amp: 0.09, decay: 0.9, partials: BELL, index: 0.6, wrap: true });
  }

  // --- pulsing sub bass on quarter notes
  chords.forEach((ch, ci) => {
    const f = NOTE(ch.root) * 2; // A2 / F2 / D3 / E3 region -> keep it warm but audible
    for (let q = 0; q < 8; q++) {
      const start = secs(ci * chordLen + q * beat);
      const len = secs(beat);
      const a = q % 4 === 0 ? 1 : 0.7;
      for (let i = 0; i < len; i++) {
        const t = i / SR;
        const env = Math.min(1, t / 0.015) * (0.35 + 0.65 * Math.exp(-t / 0.18)) * Math.min(1, (len - i) / secs(0.05));
        const s = Math.sin(TAU * f * t) + 0.25 * Math.sin(TAU * 2 * f * t) + 0.08 * Math.sin(TAU * 3 * f * t);
        bass[(start + i) % N] += 0.22 * a * env * s;
      }
    }
  });

  // --- soft ticking hats on off-beat 16ths (seeded noise, high-passed), quiet shaker
  for (let k = 0; k < bars * 16; k++) {
    if (k % 4 === 0) continue;
    const start = secs((k * beat) / 4);
    const a = k % 4 === 2 ? 0.05 : 0.025;
    let prev = 0;
    for (let i = 0; i < secs(0.05); i++) {
      const t = i / SR;
      const w = rand() * 2 - 1;
      const hp = w - prev;
      prev = w;
      perc[(start + i) % N] += a * hp * Math.exp(-t / 0.012);
    }
  }

  // --- effects: circular ping-pong-free feedback delay on the arp, small Schroeder reverb
  const circularDelay = (buf, delayS, fb, wet) => {
    const D = secs(delayS);
    const y = new Float64Array(N);
    for (let lap = 0; lap < 4; lap++) {
      for (let i = 0; i < N; i++) {
        const j = (i - D + N) % N;
        y[i] = buf[i] + fb * y[j];
      }
    }
    const out = new Float64Array(N);
    for (let i = 0; i < N; i++) out[i] = buf[i] + wet * (y[i] - buf[i]);
    return out;
  };
  const arpDelayed = circularDelay(arpBus, beat * 0.75, 0.42, 0.55);

  const reverb = (input) => {
    const combs = [557, 593, 641, 677].map((d) => ({ d, buf: new Float64Array(d), i: 0, lp: 0 }));
    const aps = [111, 277].map((d) => ({ d, buf: new Float64Array(d), i: 0 }));
    const out = new Float64Array(N);
    for (let lap = 0; lap < 2; lap++) {
      for (let n = 0; n < N; n++) {
        const x = input[n] * 0.25;
        let s = 0;
        for (const c of combs) {
          const y = c.buf[c.i];
          c.lp = y * 0.6 + c.lp * 0.4;
          c.buf[c.i] = x + c.lp * 0.82;
          c.i = (c.i + 1) % c.d;
          s += y;
        }
        for (const a of aps) {
          const b = a.buf[a.i];
          const v = s + b * 0.5;
          a.buf[a.i] = v;
          a.i = (a.i + 1) % a.d;
          s = b - v * 0.5;
        }
        if (lap === 1) out[n] = s;
      }
    }
    return out;
  };
  const send = new Float64Array(N);
  for (let i = 0; i < N; i++) send[i] = pad[i] * 0.6 + arpDelayed[i] * 0.9;
  const wet = reverb(send);

  // slow breathing filter on the pad (LFO period = 12 s, so it is periodic in the loop),
  // run as a circular one-pole low-pass for two laps
  const padF = new Float64Array(N);
  {
    let y = 0;
    for (let lap = 0; lap < 2; lap++) {
      for (let i = 0; i < N; i++) {
        const fc = 1100 + 700 * Math.sin((TAU * i) / (N / 2));
        const a = Math.exp((-TAU * fc) / SR);
        y = (1 - a) * pad[i] + a * y;
        if (lap === 1) padF[i] = y;
      }
    }
  }

  const mix = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    mix[i] = padF[i] * 0.9 + arpDelayed[i] * 0.75 + bass[i] * 0.8 + perc[i] + wet[i] * 0.5;
  }
  // DC removal, circular (two laps)
  {
    let x1 = 0, y1 = 0;
    const out = new Float64Array(N);
    for (let lap = 0; lap < 2; lap++) {
      for (let i = 0; i < N; i++) {
        const y = mix[i] - x1 + 0.999 * y1;
        x1 = mix[i];
        y1 = y;
        if (lap === 1) out[i] = y;
      }
    }
    mix.set(out);
  }
  return normalize(mix, -1.5);
}

// ---------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------
export const SOUND_LIST = [
  ['click', sfxClick],
  ['confirm', sfxConfirm],
  ['refused', sfxRefused],
  ['alert', sfxAlert],
  ['milestone', sfxMilestone],
  ['launch', sfxLaunch],
  ['fab-complete', sfxFabComplete],
  ['music-loop', music],
];

export function buildSounds() {
  const written = [];
  SOUND_LIST.forEach(([name, fn], k) => {
    const rand = mulberry32(0x5eed0000 + k * 7919);
    const samples = fn(rand);
    const wav = encodeWav(samples);
    const size = writeOut(`${OUT}/${name}.wav`, wav);
    written.push([`${OUT}/${name}.wav`, size, samples.length / SR]);
  });
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [f, size, d] of buildSounds()) console.log(`${f}  ${size} B  ${d.toFixed(3)} s`);
}
