import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  ConfirmTotpBody,
  IdParams,
  PasskeyRegistrationOptions,
  PasskeySchema,
  PasskeySignInBody,
  PasskeySignInOptions,
  PasswordConfirmation,
  RecoveryCodes,
  RegisterPasskeyBody,
  SecondFactorBody,
  TokenResponse,
  TotpEnrolment,
  TwoFactorStatus,
} from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { actorOf } from '../audit/index.ts';
import { completeSecondFactor, signInWithPasskey } from './accounts.service.ts';
import { passkeyRegistrationOptions, passkeySignInOptions, registerPasskey, removePasskey } from './passkeys.service.ts';
import { clientOf, startSession } from './session-cookie.ts';
import type { SignInGuard } from './sign-in-guard.ts';
import { confirmTotp, disableTotp, renewRecoveryCodes, startTotp, twoFactorStatus } from './two-factor.service.ts';

/**
 * Two-step sign-in over HTTP: finishing a sign-in with the second factor, signing in with a passkey
 * alone, and an account setting up its factors. Every setup route is open to an admin who has no
 * factor yet (`beforeTwoFactor`): it is the one thing such an account can do.
 */
export const twoFactorRoutes: FastifyPluginAsyncTypebox<{ signInGuard: SignInGuard }> = async (app, { signInGuard }) => {
  const { config } = app.ctx;
  const setup = { beforeTwoFactor: true, rateLimit: { max: config.rateLimits.login, timeWindow: '1 minute' } };

  app.post(
    '/auth/login/second-factor',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.login, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Finish a sign-in with the second factor',
        description:
          'After `POST /auth/login` answered 202: a 6-digit code from the authenticator app (each code works once), a recovery code (spent on use), or a passkey’s assertion (`passkey`, signed over `passkeyOptions`). Five wrong answers end the step; wrong answers also count against the address like wrong passwords.',
        security: [],
        body: SecondFactorBody,
        response: { 200: TokenResponse, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => startSession(app, reply, await completeSecondFactor(app.ctx, signInGuard, request.body, clientOf(request))),
  );

  app.post(
    '/auth/passkey-sign-in/options',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.login, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Start a sign-in with a passkey (no password)',
        description: 'Options for `startAuthentication` (@simplewebauthn/browser); any passkey registered here may answer, with user verification.',
        security: [],
        response: { 200: PasskeySignInOptions, ...problemResponses(429) },
      },
    },
    async () => passkeySignInOptions(app.ctx),
  );

  app.post(
    '/auth/passkey-sign-in',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.login, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a passkey',
        description: 'The passkey stands for both steps: it is held by the person and unlocked with their PIN or fingerprint.',
        security: [],
        body: PasskeySignInBody,
        response: { 200: TokenResponse, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => startSession(app, reply, await signInWithPasskey(app.ctx, request.body, clientOf(request))),
  );

  app.get(
    '/auth/two-factor',
    {
      config: { beforeTwoFactor: true },
      schema: { tags: ['auth'], summary: 'This account’s second factors', response: { 200: TwoFactorStatus, ...problemResponses(401) } },
    },
    async (request) => twoFactorStatus(app.ctx, principalOf(request)),
  );

  app.post(
    '/auth/two-factor/totp',
    {
      config: setup,
      schema: {
        tags: ['auth'],
        summary: 'Start setting up an authenticator app',
        description: 'A new secret and its QR code, shown once. Nothing changes until a code from the app confirms it; an app already set up keeps working meanwhile.',
        response: { 200: TotpEnrolment, ...problemResponses(401, 429) },
      },
    },
    async (request) => startTotp(app.ctx, principalOf(request)),
  );

  app.post(
    '/auth/two-factor/totp/confirm',
    {
      config: setup,
      schema: {
        tags: ['auth'],
        summary: 'Confirm the authenticator app with its first code',
        description: 'Turns two-step sign-in on (or moves it to the new app) and answers ten new recovery codes, shown this once; earlier codes stop working. The person is told by e-mail.',
        body: ConfirmTotpBody,
        response: { 200: RecoveryCodes, ...problemResponses(400, 401, 409, 429) },
      },
    },
    async (request) => confirmTotp(app.ctx, principalOf(request), request.body.code, actorOf(request)),
  );

  app.delete(
    '/auth/two-factor/totp',
    {
      config: setup,
      schema: {
        tags: ['auth'],
        summary: 'Remove the authenticator app (the password required)',
        description: 'An admin account keeps at least one second factor (409). Without a passkey left, signing in asks for the password only and the recovery codes go.',
        body: PasswordConfirmation,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      await disableTotp(app.ctx, principalOf(request), request.body.currentPassword, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/two-factor/recovery-codes',
    {
      config: setup,
      schema: {
        tags: ['auth'],
        summary: 'Make ten new recovery codes (the password required)',
        description: 'The earlier codes stop working. Needs a second factor set up (409 otherwise).',
        body: PasswordConfirmation,
        response: { 200: RecoveryCodes, ...problemResponses(400, 401, 409, 429) },
      },
    },
    async (request) => renewRecoveryCodes(app.ctx, principalOf(request), request.body.currentPassword, actorOf(request)),
  );

  app.post(
    '/auth/passkeys/options',
    {
      config: setup,
      schema: {
        tags: ['auth'],
        summary: 'Start adding a passkey',
        description: 'Options for `startRegistration` (@simplewebauthn/browser) and the step to send back with its answer, within five minutes.',
        response: { 200: PasskeyRegistrationOptions, ...problemResponses(401, 409, 429) },
      },
    },
    async (request) => passkeyRegistrationOptions(app.ctx, principalOf(request)),
  );

  app.post(
    '/auth/passkeys',
    {
      config: setup,
      schema: {
        tags: ['auth'],
        summary: 'Add a passkey',
        description: 'Checks the authenticator’s answer against the step’s challenge and this site’s origin; from then on the passkey signs in alone or as the second step. The person is told by e-mail.',
        body: RegisterPasskeyBody,
        response: { 201: PasskeySchema, ...problemResponses(400, 401, 409, 429) },
      },
    },
    async (request, reply) => reply.code(201).send(await registerPasskey(app.ctx, principalOf(request), request.body, actorOf(request))),
  );

  app.delete(
    '/auth/passkeys/:id',
    {
      config: setup,
      schema: {
        tags: ['auth'],
        summary: 'Remove a passkey',
        description: 'An admin account keeps at least one second factor (409). Another account’s passkey is a 404.',
        params: IdParams,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      await removePasskey(app.ctx, principalOf(request), request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
