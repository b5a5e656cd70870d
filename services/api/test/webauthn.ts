import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import type { PasskeyAssertion, PasskeyRegistrationResponse } from '@cep/shared';

/**
 * A software authenticator for route tests: it makes real WebAuthn answers (an ES256 key, CBOR
 * attestation of format "none", DER signatures over authenticator data and the client data hash),
 * as a phone or a security key would, for the origin and relying party it is given. The browser
 * tests use Chromium's own virtual authenticator instead.
 */
export interface SoftAuthenticator {
  credentialId: string;
  register(options: { challenge: string }, origin?: string): PasskeyRegistrationResponse;
  assert(options: { challenge: string }, origin?: string): PasskeyAssertion;
}

const b64url = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

/** Flags of authenticator data: user present, user verified, attested credential data included. */
const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

export function softAuthenticator(config: { rpId: string; origin: string; userVerified?: boolean }): SoftAuthenticator {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const credentialId = randomBytes(16);
  let counter = 0;
  const flags = UP | (config.userVerified === false ? 0 : UV);

  const clientData = (type: string, challenge: string, origin: string) => Buffer.from(JSON.stringify({ type, challenge, origin: origin, crossOrigin: false }));
  const authData = (extraFlags: number, attested?: Buffer) => {
    counter += 1;
    const head = Buffer.alloc(37);
    sha256(config.rpId).copy(head, 0);
    head.writeUInt8(flags | extraFlags, 32);
    head.writeUInt32BE(counter, 33);
    return attested ? Buffer.concat([head, attested]) : head;
  };

  return {
    credentialId: b64url(credentialId),
    register(options, origin = config.origin) {
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(credentialId.length);
      const attested = Buffer.concat([Buffer.alloc(16), idLength, credentialId, Buffer.from(coseKey(publicKey))]);
      const attestationObject = isoCBOR.encode(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', new Uint8Array(authData(AT, attested))]]) as never);
      return {
        id: b64url(credentialId),
        rawId: b64url(credentialId),
        type: 'public-key',
        clientExtensionResults: {},
        response: { clientDataJSON: b64url(clientData('webauthn.create', options.challenge, origin)), attestationObject: b64url(attestationObject), transports: ['internal'] },
      };
    },
    assert(options, origin = config.origin) {
      const data = authData(0);
      const clientDataJSON = clientData('webauthn.get', options.challenge, origin);
      const signature = sign('sha256', Buffer.concat([data, sha256(clientDataJSON)]), privateKey);
      return {
        id: b64url(credentialId),
        rawId: b64url(credentialId),
        type: 'public-key',
        clientExtensionResults: {},
        response: { clientDataJSON: b64url(clientDataJSON), authenticatorData: b64url(data), signature: b64url(signature) },
      };
    },
  };
}

/** The public key as COSE (EC2, ES256, P-256). */
function coseKey(publicKey: KeyObject): Uint8Array {
  const jwk = publicKey.export({ format: 'jwk' });
  return isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, new Uint8Array(Buffer.from(jwk.x ?? '', 'base64url'))],
      [-3, new Uint8Array(Buffer.from(jwk.y ?? '', 'base64url'))],
    ]) as never,
  );
}
