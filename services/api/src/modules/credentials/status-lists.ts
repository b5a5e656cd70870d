import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyBaseLogger } from 'fastify';
import {
  credentialStatusOf,
  type PledgeState,
  setStatusBit,
  STATUS_LIST_BITS,
  STATUS_PURPOSES,
  statusBit,
  statusListName,
  statusPosition,
  type StatusPurpose,
} from '@cep/shared';
import type { AppContext } from '../../context.ts';
import type { Issuer } from './issuer.ts';

/** A signed status list ready to send. */
export interface SignedList {
  jwt: string;
  etag: string;
  headers: Readonly<Record<string, string>>;
}

export interface StatusLists {
  /** The signed list by name (`revocation-0`), or undefined when no credential falls on it. */
  get(name: string): SignedList | undefined;
  /** Is the bit of `purpose` set for the credential at `index`? (What a verifier would read.) */
  isSet(purpose: StatusPurpose, index: number): boolean;
  /** Re-reads the credentials of these vendors (all of them with null) and re-signs what changed. */
  refresh(vendorIds: string[] | null): Promise<void>;
  /** Resolves once every refresh asked for so far is signed (tests, and the verify route). */
  settled(): Promise<void>;
  url(name: string): string;
}

const LIST_BYTES = STATUS_LIST_BITS / 8;

/**
 * The W3C Bitstring Status Lists of the registry's credentials, kept in memory on every instance
 * and signed as credentials of their own. The badge cache's change feed (LISTEN `cep_badge`, fed by
 * triggers on pledges and credentials) calls `refresh` with the vendor that changed, so a
 * suspension, reinstatement, revocation or withdrawal shows in the lists of every instance within
 * milliseconds of its commit.
 */
export function createStatusLists(ctx: AppContext, issuer: () => Issuer | undefined, log: FastifyBaseLogger): StatusLists {
  const bits: Record<StatusPurpose, Uint8Array[]> = { revocation: [], suspension: [] };
  const signed = new Map<string, SignedList>();
  const base = `${ctx.config.publicUrl}/credentials/status`;
  let serial: Promise<unknown> = Promise.resolve();

  function list(purpose: StatusPurpose, n: number): Uint8Array {
    const lists = bits[purpose];
    while (lists.length <= n) lists.push(new Uint8Array(LIST_BYTES));
    return lists[n] as Uint8Array;
  }

  async function sign(purpose: StatusPurpose, n: number): Promise<void> {
    const current = issuer();
    if (!current) return;
    const name = statusListName(purpose, n);
    const url = `${base}/${name}`;
    const now = ctx.clock();
    // Multibase base64url ('u') of the GZIP-compressed bitstring, as the spec defines encodedList.
    const encodedList = `u${gzipSync(list(purpose, n)).toString('base64url')}`;
    const jwt = await current.sign(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        id: url,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: current.did,
        validFrom: now.toISOString(),
        credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: purpose, encodedList },
        iss: current.did,
        sub: `${url}#list`,
        jti: url,
        iat: Math.floor(now.getTime() / 1000),
      },
      'vc+jwt',
    );
    const etag = `"${createHash('sha1').update(jwt).digest('base64url')}"`;
    signed.set(name, {
      jwt,
      etag,
      headers: {
        'content-type': 'application/vc+jwt',
        etag,
        'cache-control': 'public, no-cache',
        'access-control-allow-origin': '*',
        'cross-origin-resource-policy': 'cross-origin',
      },
    });
  }

  const refresh = (vendorIds: string[] | null): Promise<void> => {
    const next = serial.then(async () => {
      const rows = (await ctx.db.query(
        `SELECT c.status_index, p.state FROM credential c JOIN pledge p ON p.vendor_id = c.vendor_id
          ${vendorIds ? 'WHERE c.vendor_id = ANY($1)' : ''}`,
        vendorIds ? [vendorIds] : [],
      )) as { status_index: number; state: PledgeState }[];
      const touched = new Set<string>();
      const apply = (index: number, state: PledgeState) => {
        const { list: n, bit } = statusPosition(index);
        const wanted = credentialStatusOf(state);
        for (const purpose of STATUS_PURPOSES) {
          const target = list(purpose, n);
          if (statusBit(target, bit) !== wanted[purpose] || !signed.has(statusListName(purpose, n))) {
            setStatusBit(target, bit, wanted[purpose]);
            touched.add(`${purpose}|${n}`);
          }
        }
      };
      for (const row of rows) apply(row.status_index, row.state);
      // With no credential at all yet, still publish the empty first lists.
      if (!vendorIds) for (const purpose of STATUS_PURPOSES) if (!signed.has(statusListName(purpose, 0))) touched.add(`${purpose}|0`);
      for (const key of touched) {
        const [purpose, n] = key.split('|') as [StatusPurpose, string];
        await sign(purpose, Number(n));
      }
    });
    serial = next.catch((error: unknown) => log.warn({ err: error }, 'status lists not refreshed'));
    return next;
  };

  return {
    get: (name) => signed.get(name),
    isSet: (purpose, index) => {
      const { list: n, bit } = statusPosition(index);
      const target = bits[purpose][n];
      return target ? statusBit(target, bit) : false;
    },
    refresh,
    settled: async () => {
      await serial;
    },
    url: (name) => `${base}/${name}`,
  };
}
