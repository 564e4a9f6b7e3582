import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway self-signed certificate for the fixture hosts (Chromium is told to ignore its errors). */
export function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'guild-cert-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=guild-fixtures',
        '-addext',
        'subjectAltName=DNS:www.linkedin.com,DNS:x.com,DNS:twitter.com',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
  } catch {
    throw new Error('openssl is needed to serve the HTTPS fixtures: sudo apt-get install -y openssl');
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
