import Type from 'typebox';
import { withMessage } from '../messages.ts';
import { DateTime, Id } from './atoms.ts';
import { TypedPassword } from './auth.ts';

/** How many one-time recovery codes an account holds after turning on two-step sign-in. */
export const RECOVERY_CODE_COUNT = 10;

/** Six digits as an authenticator app shows them (a space in the middle allowed). */
const APP_CODE = '\\d{3}\\s?\\d{3}';
/** A recovery code: ten letters and digits, a hyphen in the middle optional, any case. */
const RECOVERY_CODE = '[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}';
const APP_CODE_ALONE = new RegExp(`^\\s*${APP_CODE}\\s*$`);

/** Whether a typed second-step code is the app's code (else it is a recovery code). */
export const isAppCode = (typed: string): boolean => APP_CODE_ALONE.test(typed);

/**
 * What the second step accepts as a typed code: six digits from an authenticator app, or a
 * recovery code (ten letters and digits, a hyphen in the middle optional, any case).
 */
export const SecondFactorCode = Type.String({
  minLength: 6,
  maxLength: 20,
  pattern: withMessage(`^\\s*(?:${APP_CODE}|${RECOVERY_CODE})\\s*$`, 'must be the 6-digit code from the authenticator app or a recovery code such as abcde-12345'),
});

/** A six-digit code from the authenticator app (spaces allowed, as apps show them). */
export const TotpCode = Type.String({ minLength: 6, maxLength: 8, pattern: withMessage(APP_CODE_ALONE.source, 'must be the 6-digit code the authenticator app shows') });

/** Base64url text as WebAuthn's JSON forms carry it, bounded. */
const Base64Url = Type.String({ pattern: '^[A-Za-z0-9_-]*$', maxLength: 16_384 });
const Transports = Type.Array(Type.String({ maxLength: 32 }), { maxItems: 10 });
/** Extension results the browser reports; read by nobody but bounded like everything else. */
const ExtensionResults = Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), { maxProperties: 20 });

/** What `navigator.credentials.create()` gave, in the JSON form of @simplewebauthn/browser. */
export const PasskeyRegistrationResponse = Type.Object(
  {
    id: Base64Url,
    rawId: Base64Url,
    type: Type.Literal('public-key'),
    authenticatorAttachment: Type.Optional(Type.String({ maxLength: 32 })),
    clientExtensionResults: ExtensionResults,
    response: Type.Object(
      {
        clientDataJSON: Base64Url,
        attestationObject: Base64Url,
        authenticatorData: Type.Optional(Base64Url),
        transports: Type.Optional(Transports),
        publicKeyAlgorithm: Type.Optional(Type.Integer()),
        publicKey: Type.Optional(Base64Url),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type PasskeyRegistrationResponse = Type.Static<typeof PasskeyRegistrationResponse>;

/** What `navigator.credentials.get()` gave, in the JSON form of @simplewebauthn/browser. */
export const PasskeyAssertion = Type.Object(
  {
    id: Base64Url,
    rawId: Base64Url,
    type: Type.Literal('public-key'),
    authenticatorAttachment: Type.Optional(Type.String({ maxLength: 32 })),
    clientExtensionResults: ExtensionResults,
    response: Type.Object(
      {
        clientDataJSON: Base64Url,
        authenticatorData: Base64Url,
        signature: Base64Url,
        userHandle: Type.Optional(Base64Url),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type PasskeyAssertion = Type.Static<typeof PasskeyAssertion>;

/**
 * WebAuthn options for the browser (`PublicKeyCredentialCreationOptionsJSON` or
 * `…RequestOptionsJSON`), passed to @simplewebauthn/browser as they are.
 */
const WebAuthnOptions = Type.Object({ challenge: Type.String() }, { additionalProperties: true, description: 'WebAuthn options in their JSON form' });

/** The opaque id of a sign-in step in progress (5 minutes, a few attempts). */
const ChallengeToken = Type.String({ pattern: '^[A-Za-z0-9_-]{20,100}$', description: 'From the previous step; valid 5 minutes' });

/**
 * Sign-in answered 202: the password was right and the account has a second factor. Finish with
 * `POST /auth/login/second-factor` within five minutes.
 */
export const SecondFactorChallenge = Type.Object({
  secondFactor: Type.Object({
    challenge: ChallengeToken,
    expiresAt: DateTime,
    methods: Type.Array(Type.Union([Type.Literal('totp'), Type.Literal('recovery_code'), Type.Literal('passkey')])),
    /** Present when the account has passkeys: hand to `startAuthentication`. */
    passkeyOptions: Type.Optional(WebAuthnOptions),
  }),
});
export type SecondFactorChallenge = Type.Static<typeof SecondFactorChallenge>;

/** The second step: a typed code (authenticator app or recovery code), or a passkey's assertion. */
export const SecondFactorBody = Type.Union(
  [
    Type.Object({ challenge: ChallengeToken, code: SecondFactorCode }, { additionalProperties: false }),
    Type.Object({ challenge: ChallengeToken, passkey: PasskeyAssertion }, { additionalProperties: false }),
  ],
  { description: 'Either `code` or `passkey`' },
);
export type SecondFactorBody = Type.Static<typeof SecondFactorBody>;

export const PasskeySchema = Type.Object({
  id: Id,
  name: Type.String(),
  createdAt: DateTime,
  lastUsedAt: Type.Union([DateTime, Type.Null()]),
});
export type Passkey = Type.Static<typeof PasskeySchema>;

/** An account's second factors as its owner sees them (never a secret). */
export const TwoFactorStatus = Type.Object({
  /** Whether signing in asks for a second factor (an authenticator app or a passkey is set up). */
  enabled: Type.Boolean(),
  /** Admin accounts must have one: until then they can do nothing but set one up. */
  required: Type.Boolean(),
  totpEnabledAt: Type.Union([DateTime, Type.Null()]),
  recoveryCodesLeft: Type.Integer({ minimum: 0 }),
  passkeys: Type.Array(PasskeySchema),
});
export type TwoFactorStatus = Type.Static<typeof TwoFactorStatus>;

/** A new authenticator-app secret, shown once to be scanned; it counts only after a code confirms it. */
export const TotpEnrolment = Type.Object({
  secret: Type.String({ description: 'Base32, for typing into an app that cannot scan' }),
  uri: Type.String({ description: 'otpauth:// URI, what the QR code holds' }),
  qrCode: Type.String({ description: 'The URI as a QR code, a data: URL of a PNG image' }),
});
export type TotpEnrolment = Type.Static<typeof TotpEnrolment>;

export const ConfirmTotpBody = Type.Object({ code: TotpCode }, { additionalProperties: false });
export type ConfirmTotpBody = Type.Static<typeof ConfirmTotpBody>;

/** Recovery codes, shown this once: each signs in one time in place of the app. */
export const RecoveryCodes = Type.Object({ recoveryCodes: Type.Array(Type.String(), { minItems: RECOVERY_CODE_COUNT, maxItems: RECOVERY_CODE_COUNT }) });
export type RecoveryCodes = Type.Static<typeof RecoveryCodes>;

/** Turning a factor off or making new recovery codes asks for the password again. */
export const PasswordConfirmation = Type.Object({ currentPassword: TypedPassword }, { additionalProperties: false });
export type PasswordConfirmation = Type.Static<typeof PasswordConfirmation>;

/** Options for `startRegistration`, and the step they belong to. */
export const PasskeyRegistrationOptions = Type.Object({ challenge: ChallengeToken, options: WebAuthnOptions });
export type PasskeyRegistrationOptions = Type.Static<typeof PasskeyRegistrationOptions>;

export const RegisterPasskeyBody = Type.Object(
  {
    challenge: ChallengeToken,
    name: Type.Optional(Type.String({ maxLength: 60, description: 'What the owner calls it ("Work laptop"); a default from the date otherwise' })),
    response: PasskeyRegistrationResponse,
  },
  { additionalProperties: false },
);
export type RegisterPasskeyBody = Type.Static<typeof RegisterPasskeyBody>;

/** Options for `startAuthentication` without a password (any passkey of this site). */
export const PasskeySignInOptions = Type.Object({ challenge: ChallengeToken, options: WebAuthnOptions });
export type PasskeySignInOptions = Type.Static<typeof PasskeySignInOptions>;

export const PasskeySignInBody = Type.Object({ challenge: ChallengeToken, passkey: PasskeyAssertion }, { additionalProperties: false });
export type PasskeySignInBody = Type.Static<typeof PasskeySignInBody>;
