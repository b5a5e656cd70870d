import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../db/checks.ts';

/**
 * A one-time recovery code: signs in once in place of the authenticator app or passkey, for the
 * day the phone is lost. Only its SHA-256 is kept; ten are issued at a time.
 */
@Entity({ name: 'recovery_code' })
@Index('recovery_code_user_id_idx', ['userId'])
export class RecoveryCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('app_user', { name: 'recovery_code_user_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A WebAuthn credential (a passkey or a security key): a second factor, or a sign-in on its own. */
@Entity({ name: 'passkey' })
@Index('passkey_user_id_idx', ['userId'])
export class PasskeyRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('app_user', { name: 'passkey_user_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The authenticator's credential id, base64url: what an assertion names. */
  @Index('passkey_credential_id_key', { unique: true })
  @Column({ name: 'credential_id', type: 'text' })
  credentialId: string;

  /** COSE public key. */
  @Column({ name: 'public_key', type: 'bytea' })
  publicKey: Buffer;

  /** The authenticator's signature counter; one that goes backwards betrays a cloned key. */
  @Column({ type: 'bigint', default: 0, transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  counter: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  transports: string[];

  @Column({ type: 'text' })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}

/** What a sign-in step in progress is for. */
export const ChallengePurpose = { SecondFactor: 'second_factor', PasskeyRegistration: 'passkey_registration', PasskeySignIn: 'passkey_sign_in' } as const;
export type ChallengePurpose = (typeof ChallengePurpose)[keyof typeof ChallengePurpose];
export const CHALLENGE_PURPOSES = Object.values(ChallengePurpose);

/**
 * A sign-in step in progress, valid five minutes and spent on success: the password was right and
 * the second factor is awaited (a few attempts), or a WebAuthn ceremony's challenge. Only the
 * token's SHA-256 is kept.
 */
@Entity({ name: 'sign_in_challenge' })
@Check('sign_in_challenge_purpose_check', oneOf('purpose', CHALLENGE_PURPOSES))
export class SignInChallenge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('sign_in_challenge_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** Null for a passwordless passkey sign-in, where the passkey says who it is. */
  @ForeignKey('app_user', { name: 'sign_in_challenge_user_id_fkey', onDelete: 'CASCADE' })
  @Index('sign_in_challenge_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'text' })
  purpose: ChallengePurpose;

  /** The WebAuthn challenge the browser must sign, when a passkey may answer. */
  @Column({ name: 'webauthn_challenge', type: 'text', nullable: true })
  webauthnChallenge: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
