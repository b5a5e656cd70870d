/**
 * Generated from client/openapi.json by `npm run client:generate`: do not edit.
 */

export interface paths {
    "/badge/{slug}.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The live badge as SVG
         * @description Green "active", amber "lapsed", red "suspended", grey "not a member"; grey "unverified site" when the Referer is a page on a domain the vendor has not listed. Unknown slug: 404 with a grey SVG. `Cache-Control: public, no-cache` with an ETag: browsers ask again on every view and get 304 while nothing changed, so a change shows on the next view (behind a CDN, within `BADGE_SHARED_MAX_AGE` seconds when that is set).
         */
        get: {
            parameters: {
                query?: {
                    /** @description `flat` (default): the small badge; `seal`: larger, with member since and the last period checked */
                    style?: "flat" | "seal";
                    /** @description `light` (default) or `dark`, for dark page backgrounds */
                    theme?: "light" | "dark";
                };
                header?: never;
                path: {
                    /** @description Lower-case letters, digits and inner hyphens */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description image/svg+xml */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": string;
                    };
                };
                /** @description Not modified (If-None-Match matched the ETag) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown vendor: a grey badge */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": string;
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/badge/{slug}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The badge status as JSON: status, vendor, since, last checked period, next due date, verification URL */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Lower-case letters, digits and inner hyphens */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            status: "active" | "lapsed" | "suspended" | "not_member";
                            vendorName: string;
                            /** @description Lower-case letters, digits and inner hyphens */
                            slug: string;
                            /** @description When the pledge entered its current state (members only) */
                            since: string | null;
                            /** @description The first activation; a suspension or a lapse never resets it (members only) */
                            memberSince: string | null;
                            lastCheckedPeriod: string | null;
                            nextDueDate: string | null;
                            verificationUrl: string;
                            badgeDomains: string[];
                        };
                    };
                };
                /** @description Not modified (If-None-Match matched the ETag) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/badge/{slug}/shields.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The badge for shields.io’s endpoint badge
         * @description Use https://img.shields.io/endpoint?url=<this URL>. shields.io keeps an endpoint badge at least 300 s (its own minimum), so a change shows there within five minutes.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Lower-case letters, digits and inner hyphens */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            schemaVersion: 1;
                            label: string;
                            message: string;
                            color: string;
                            cacheSeconds: number;
                        };
                    };
                };
                /** @description Not modified (If-None-Match matched the ETag) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The keys that sign credentials: the current one first, then retired ones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                [key: string]: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/did.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registry’s did:web document (the issuer of credentials) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/status/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A W3C Bitstring Status List (revocation or suspension), signed as a VC-JWT
         * @description Updated within a second of a suspension, reinstatement, revocation or withdrawal, on every instance. `Cache-Control: no-cache` with an ETag.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    list: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The status list credential */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vc+jwt": string;
                    };
                };
                /** @description Not modified (If-None-Match matched the ETag) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A membership credential, as signed (VC-JWT) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The credential */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vc+jwt": string;
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: is the database reachable? */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            status: "ready" | "unavailable";
                            /** @enum {unknown} */
                            database: "up" | "down";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            status: "ready" | "unavailable";
                            /** @enum {unknown} */
                            database: "up" | "down";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics of this process: request durations by route, the job queue, the outbox, the badge cache, the database pool
         * @description With METRICS_TOKEN set, send `Authorization: Bearer <token>`; without it the endpoint is open outside production and off (404) in production. README "Monitoring" lists the metrics and what to alert on.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prometheus text format 0.0.4 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password
         * @description Returns a 15-minute access token and sets the refresh token as an HttpOnly cookie.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** @enum {string} */
                            tokenType: "Bearer";
                            /** @description Seconds until the access token expires */
                            expiresIn: number;
                            user: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** Format: email */
                                email: string;
                                name: string;
                                /** @enum {unknown} */
                                role: "admin" | "vendor_owner" | "vendor_member";
                                vendorId: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange the refresh cookie for a new access token
         * @description Rotates the refresh token. Presenting an already-used token revokes every token of its session.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** @enum {string} */
                            tokenType: "Bearer";
                            /** @description Seconds until the access token expires */
                            expiresIn: number;
                            user: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** Format: email */
                                email: string;
                                name: string;
                                /** @enum {unknown} */
                                role: "admin" | "vendor_owner" | "vendor_member";
                                vendorId: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: revoke the refresh token and clear its cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account: role and vendor */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** Format: email */
                            email: string;
                            name: string;
                            /** @enum {unknown} */
                            role: "admin" | "vendor_owner" | "vendor_member";
                            vendorId: string | null;
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Describe an open invitation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: email */
                            email: string;
                            vendorName: string;
                            /** @enum {unknown} */
                            role: "admin" | "vendor_owner" | "vendor_member";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            expiresAt: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The link is used or expired */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation: set name and password
         * @description The link works once and for 7 days; afterwards sign in with the e-mail and the new password.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description At least 12 characters */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** Format: email */
                            email: string;
                            name: string;
                            /** @enum {unknown} */
                            role: "admin" | "vendor_owner" | "vendor_member";
                            vendorId: string | null;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The link is used or expired */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor’s people, including pending invitations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** Format: email */
                                email: string;
                                name: string;
                                /** @enum {unknown} */
                                role: "admin" | "vendor_owner" | "vendor_member";
                                /** @enum {unknown} */
                                status: "active" | "invited";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite a person to the vendor (owner or admin)
         * @description Creates the account and e-mails a one-time invitation link valid 7 days. Honours `Idempotency-Key`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /** @enum {unknown} */
                        role: "vendor_owner" | "vendor_member";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** Format: email */
                            email: string;
                            name: string;
                            /** @enum {unknown} */
                            role: "admin" | "vendor_owner" | "vendor_member";
                            /** @enum {unknown} */
                            status: "active" | "invited";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List applications, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description The `next` cursor of the previous page; none for the first page */
                    after?: string;
                    /** @description Items per page */
                    limit?: number;
                    status?: "pending" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                companyName: string;
                                website: string;
                                /** @description Lower-case letters, digits and inner hyphens */
                                category: string;
                                contactName: string;
                                contactEmail: string;
                                contactTitle: string | null;
                                message: string | null;
                                /** @enum {unknown} */
                                status: "pending" | "approved" | "rejected";
                                rejectionReason: string | null;
                                vendorId: string | null;
                                decidedAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                            }[];
                            /** @description Pass as `after` for the following page; null on the last page */
                            next: string | null;
                            /** @description Items matching the filters, counted up to 1000 */
                            total: number;
                            /** @description True when more than 1000 items match */
                            totalCapped: boolean;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Apply for a vendor to join the program
         * @description Public. Honours `Idempotency-Key`: a retry with the same key returns the first answer and creates nothing twice.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        companyName: string;
                        /** Format: uri */
                        website: string;
                        /** @description Lower-case letters, digits and inner hyphens */
                        category: string;
                        contactName: string;
                        /** Format: email */
                        contactEmail: string;
                        contactTitle?: string;
                        message?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "approved" | "rejected";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve: create the vendor and invite its owner
         * @description Creates the vendor (slug from the company name unless given) and e-mails the contact a one-time invitation valid 7 days.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Lower-case letters, digits and inner hyphens */
                        slug?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                companyName: string;
                                website: string;
                                /** @description Lower-case letters, digits and inner hyphens */
                                category: string;
                                contactName: string;
                                contactEmail: string;
                                contactTitle: string | null;
                                message: string | null;
                                /** @enum {unknown} */
                                status: "pending" | "approved" | "rejected";
                                rejectionReason: string | null;
                                vendorId: string | null;
                                decidedAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                            };
                            vendor: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                                /** @description Lower-case letters, digits and inner hyphens */
                                slug: string;
                                website: string;
                                /** @description Lower-case letters, digits and inner hyphens */
                                category: string;
                                description: string;
                                supportContact: {
                                    name: string;
                                    /** @enum {unknown} */
                                    kind: "person" | "team";
                                    /** Format: email */
                                    email: string;
                                    phone?: string;
                                } | null;
                                queuePriorities: {
                                    low: {
                                        description: string;
                                        /** @description Target first-response time in business minutes */
                                        targetMinutes: number;
                                    };
                                    medium: {
                                        description: string;
                                        /** @description Target first-response time in business minutes */
                                        targetMinutes: number;
                                    };
                                    high: {
                                        description: string;
                                        /** @description Target first-response time in business minutes */
                                        targetMinutes: number;
                                    };
                                } | null;
                                badgeDomains: string[];
                                calendar: {
                                    /** @description IANA time zone, e.g. America/New_York */
                                    timeZone: string;
                                    weekly: {
                                        mon?: [
                                            string,
                                            string
                                        ][];
                                        tue?: [
                                            string,
                                            string
                                        ][];
                                        wed?: [
                                            string,
                                            string
                                        ][];
                                        thu?: [
                                            string,
                                            string
                                        ][];
                                        fri?: [
                                            string,
                                            string
                                        ][];
                                        sat?: [
                                            string,
                                            string
                                        ][];
                                        sun?: [
                                            string,
                                            string
                                        ][];
                                    };
                                    holidays: string[];
                                };
                                /** @description Lifecycle state and the next checkpoint due date */
                                pledge: {
                                    /** @enum {unknown} */
                                    state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 instant
                                     */
                                    stateSince: string;
                                    nextDueDate: string | null;
                                } | null;
                                /** @description Optimistic-lock version; also the ETag */
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a reason; the applicant is told by e-mail */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            companyName: string;
                            website: string;
                            /** @description Lower-case letters, digits and inner hyphens */
                            category: string;
                            contactName: string;
                            contactEmail: string;
                            contactTitle: string | null;
                            message: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "approved" | "rejected";
                            rejectionReason: string | null;
                            vendorId: string | null;
                            decidedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List vendors (the admin sees all, a vendor its own) */
        get: {
            parameters: {
                query?: {
                    /** @description The `next` cursor of the previous page; none for the first page */
                    after?: string;
                    /** @description Items per page */
                    limit?: number;
                    q?: string;
                    /** @description Lower-case letters, digits and inner hyphens */
                    category?: string;
                    state?: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                    sort?: "name" | "-name" | "createdAt" | "-createdAt" | "state" | "-state" | "nextDue" | "-nextDue";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                                /** @description Lower-case letters, digits and inner hyphens */
                                slug: string;
                                website: string;
                                /** @description Lower-case letters, digits and inner hyphens */
                                category: string;
                                description: string;
                                supportContact: {
                                    name: string;
                                    /** @enum {unknown} */
                                    kind: "person" | "team";
                                    /** Format: email */
                                    email: string;
                                    phone?: string;
                                } | null;
                                queuePriorities: {
                                    low: {
                                        description: string;
                                        /** @description Target first-response time in business minutes */
                                        targetMinutes: number;
                                    };
                                    medium: {
                                        description: string;
                                        /** @description Target first-response time in business minutes */
                                        targetMinutes: number;
                                    };
                                    high: {
                                        description: string;
                                        /** @description Target first-response time in business minutes */
                                        targetMinutes: number;
                                    };
                                } | null;
                                badgeDomains: string[];
                                calendar: {
                                    /** @description IANA time zone, e.g. America/New_York */
                                    timeZone: string;
                                    weekly: {
                                        mon?: [
                                            string,
                                            string
                                        ][];
                                        tue?: [
                                            string,
                                            string
                                        ][];
                                        wed?: [
                                            string,
                                            string
                                        ][];
                                        thu?: [
                                            string,
                                            string
                                        ][];
                                        fri?: [
                                            string,
                                            string
                                        ][];
                                        sat?: [
                                            string,
                                            string
                                        ][];
                                        sun?: [
                                            string,
                                            string
                                        ][];
                                    };
                                    holidays: string[];
                                };
                                /** @description Lifecycle state and the next checkpoint due date */
                                pledge: {
                                    /** @enum {unknown} */
                                    state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 instant
                                     */
                                    stateSince: string;
                                    nextDueDate: string | null;
                                } | null;
                                /** @description Optimistic-lock version; also the ETag */
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                updatedAt: string;
                            }[];
                            /** @description Pass as `after` for the following page; null on the last page */
                            next: string | null;
                            /** @description Items matching the filters, counted up to 1000 */
                            total: number;
                            /** @description True when more than 1000 items match */
                            totalCapped: boolean;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a vendor profile; the ETag header carries its version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            name: string;
                            /** @description Lower-case letters, digits and inner hyphens */
                            slug: string;
                            website: string;
                            /** @description Lower-case letters, digits and inner hyphens */
                            category: string;
                            description: string;
                            supportContact: {
                                name: string;
                                /** @enum {unknown} */
                                kind: "person" | "team";
                                /** Format: email */
                                email: string;
                                phone?: string;
                            } | null;
                            queuePriorities: {
                                low: {
                                    description: string;
                                    /** @description Target first-response time in business minutes */
                                    targetMinutes: number;
                                };
                                medium: {
                                    description: string;
                                    /** @description Target first-response time in business minutes */
                                    targetMinutes: number;
                                };
                                high: {
                                    description: string;
                                    /** @description Target first-response time in business minutes */
                                    targetMinutes: number;
                                };
                            } | null;
                            badgeDomains: string[];
                            calendar: {
                                /** @description IANA time zone, e.g. America/New_York */
                                timeZone: string;
                                weekly: {
                                    mon?: [
                                        string,
                                        string
                                    ][];
                                    tue?: [
                                        string,
                                        string
                                    ][];
                                    wed?: [
                                        string,
                                        string
                                    ][];
                                    thu?: [
                                        string,
                                        string
                                    ][];
                                    fri?: [
                                        string,
                                        string
                                    ][];
                                    sat?: [
                                        string,
                                        string
                                    ][];
                                    sun?: [
                                        string,
                                        string
                                    ][];
                                };
                                holidays: string[];
                            };
                            /** @description Lifecycle state and the next checkpoint due date */
                            pledge: {
                                /** @enum {unknown} */
                                state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                stateSince: string;
                                nextDueDate: string | null;
                            } | null;
                            /** @description Optimistic-lock version; also the ETag */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a vendor profile (If-Match required)
         * @description Send only the fields to change. `If-Match` must carry the ETag you read; a stale one answers 412 and nothing changes.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag from GET /vendors/{id} */
                    "if-match"?: string;
                };
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description Lower-case letters, digits and inner hyphens */
                        slug?: string;
                        /** Format: uri */
                        website?: string;
                        /** @description Lower-case letters, digits and inner hyphens */
                        category?: string;
                        description?: string;
                        supportContact?: {
                            name: string;
                            /** @enum {unknown} */
                            kind: "person" | "team";
                            /** Format: email */
                            email: string;
                            phone?: string;
                        } | null;
                        queuePriorities?: {
                            low: {
                                description: string;
                                /** @description Target first-response time in business minutes */
                                targetMinutes: number;
                            };
                            medium: {
                                description: string;
                                /** @description Target first-response time in business minutes */
                                targetMinutes: number;
                            };
                            high: {
                                description: string;
                                /** @description Target first-response time in business minutes */
                                targetMinutes: number;
                            };
                        } | null;
                        badgeDomains?: string[];
                        calendar?: {
                            /** @description IANA time zone, e.g. America/New_York */
                            timeZone: string;
                            weekly: {
                                mon?: [
                                    string,
                                    string
                                ][];
                                tue?: [
                                    string,
                                    string
                                ][];
                                wed?: [
                                    string,
                                    string
                                ][];
                                thu?: [
                                    string,
                                    string
                                ][];
                                fri?: [
                                    string,
                                    string
                                ][];
                                sat?: [
                                    string,
                                    string
                                ][];
                                sun?: [
                                    string,
                                    string
                                ][];
                            };
                            holidays: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            name: string;
                            /** @description Lower-case letters, digits and inner hyphens */
                            slug: string;
                            website: string;
                            /** @description Lower-case letters, digits and inner hyphens */
                            category: string;
                            description: string;
                            supportContact: {
                                name: string;
                                /** @enum {unknown} */
                                kind: "person" | "team";
                                /** Format: email */
                                email: string;
                                phone?: string;
                            } | null;
                            queuePriorities: {
                                low: {
                                    description: string;
                                    /** @description Target first-response time in business minutes */
                                    targetMinutes: number;
                                };
                                medium: {
                                    description: string;
                                    /** @description Target first-response time in business minutes */
                                    targetMinutes: number;
                                };
                                high: {
                                    description: string;
                                    /** @description Target first-response time in business minutes */
                                    targetMinutes: number;
                                };
                            } | null;
                            badgeDomains: string[];
                            calendar: {
                                /** @description IANA time zone, e.g. America/New_York */
                                timeZone: string;
                                weekly: {
                                    mon?: [
                                        string,
                                        string
                                    ][];
                                    tue?: [
                                        string,
                                        string
                                    ][];
                                    wed?: [
                                        string,
                                        string
                                    ][];
                                    thu?: [
                                        string,
                                        string
                                    ][];
                                    fri?: [
                                        string,
                                        string
                                    ][];
                                    sat?: [
                                        string,
                                        string
                                    ][];
                                    sun?: [
                                        string,
                                        string
                                    ][];
                                };
                                holidays: string[];
                            };
                            /** @description Lifecycle state and the next checkpoint due date */
                            pledge: {
                                /** @enum {unknown} */
                                state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                stateSince: string;
                                nextDueDate: string | null;
                            } | null;
                            /** @description Optimistic-lock version; also the ETag */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vendor categories */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Lower-case letters, digits and inner hyphens */
                                slug: string;
                                name: string;
                                description: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public directory of vendors, searchable by name */
        get: {
            parameters: {
                query?: {
                    /** @description The `next` cursor of the previous page; none for the first page */
                    after?: string;
                    /** @description Items per page */
                    limit?: number;
                    q?: string;
                    /** @description Lower-case letters, digits and inner hyphens */
                    category?: string;
                    state?: "active" | "lapsed" | "suspended";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                name: string;
                                /** @description Lower-case letters, digits and inner hyphens */
                                slug: string;
                                website: string;
                                /** @description Lower-case letters, digits and inner hyphens */
                                category: string;
                                description: string;
                                /** @enum {unknown} */
                                state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                since: string;
                            }[];
                            /** @description Pass as `after` for the following page; null on the last page */
                            next: string | null;
                            /** @description Items matching the filters, counted up to 1000 */
                            total: number;
                            /** @description True when more than 1000 items match */
                            totalCapped: boolean;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify a vendor: its pledge text and version, state, last period checked, next due date, badge domains */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Lower-case letters, digits and inner hyphens */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @description Lower-case letters, digits and inner hyphens */
                            slug: string;
                            website: string;
                            /** @description Lower-case letters, digits and inner hyphens */
                            category: string;
                            /** @enum {unknown} */
                            state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                            /** @enum {unknown} */
                            status: "active" | "lapsed" | "suspended" | "not_member";
                            /**
                             * Format: date-time
                             * @description When the pledge entered its current state
                             */
                            since: string;
                            /** @description The first activation, never reset */
                            memberSince: string | null;
                            reasonCategory: ("checkpoint_data" | "complaints" | "conduct" | "other") | null;
                            agreement: {
                                version: number;
                                title: string;
                                text: string;
                                textSha256: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                signedAt: string;
                            } | null;
                            lastCheckedPeriod: string | null;
                            nextDueDate: string | null;
                            badgeDomains: string[];
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreement version in effect, with its full text */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            /** @description The full pledge text: the four promises and the checkpoints */
                            text: string;
                            /** @description SHA-256 of `text` (UTF-8), hex */
                            textSha256: string;
                            /** @description Promise 3: first response within this many business minutes */
                            responseTargetMinutes: number;
                            /** @description Promise 3 is met when at least this share of first responses is within the target */
                            responseTargetShare: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            effectiveAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            publishedAt: string;
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every agreement version, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: number;
                                title: string;
                                /** @description The full pledge text: the four promises and the checkpoints */
                                text: string;
                                /** @description SHA-256 of `text` (UTF-8), hex */
                                textSha256: string;
                                /** @description Promise 3: first response within this many business minutes */
                                responseTargetMinutes: number;
                                /** @description Promise 3 is met when at least this share of first responses is within the target */
                                responseTargetShare: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                effectiveAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                publishedAt: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Publish a new agreement version (admin)
         * @description Vendors signed on an older version are e-mailed and keep their standing for 60 days after it takes effect; then the pledge needs signing again.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        text: string;
                        /** @default 120 */
                        responseTargetMinutes: number;
                        /**
                         * @description Kept to four decimals
                         * @default 0.95
                         */
                        responseTargetShare: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant
                         */
                        effectiveAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            title: string;
                            /** @description The full pledge text: the four promises and the checkpoints */
                            text: string;
                            /** @description SHA-256 of `text` (UTF-8), hex */
                            textSha256: string;
                            /** @description Promise 3: first response within this many business minutes */
                            responseTargetMinutes: number;
                            /** @description Promise 3 is met when at least this share of first responses is within the target */
                            responseTargetShare: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            effectiveAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            publishedAt: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/pledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pledge: state, since when, signed record, next due date, history and appeals */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            /** @enum {unknown} */
                            state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            stateSince: string;
                            stateReason: string | null;
                            stateReasonCategory: ("checkpoint_data" | "complaints" | "conduct" | "other") | null;
                            activeSince: string | null;
                            currentAgreementVersion: number;
                            signature: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                agreementVersion: number;
                                agreementTitle: string;
                                agreementText: string;
                                textSha256: string;
                                signerName: string;
                                signerTitle: string;
                                signerEmail: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                signedBy: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                signedAt: string;
                                clientIp: string;
                            } | null;
                            resignBy: string | null;
                            nextDue: {
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                dueDate: string;
                            } | null;
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                action: string;
                                from: string | null;
                                to: string | null;
                                reason: string | null;
                                actor: string;
                            }[];
                            appeals: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                text: string;
                                /** @enum {unknown} */
                                stateAtAppeal: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                authorEmail: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/pledge/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign the agreement in effect (the vendor’s owner)
         * @description Send the version you read; a stale version is 409. Stores signer, account, time, client IP, the exact text and its SHA-256, forever.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        signerName: string;
                        signerTitle: string;
                        /**
                         * @description Explicit acceptance of the agreement text
                         * @enum {boolean}
                         */
                        accept: true;
                        /** @description The version the signer read; a stale one is 409 */
                        agreementVersion: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            /** @enum {unknown} */
                            state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            stateSince: string;
                            stateReason: string | null;
                            stateReasonCategory: ("checkpoint_data" | "complaints" | "conduct" | "other") | null;
                            activeSince: string | null;
                            currentAgreementVersion: number;
                            signature: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                agreementVersion: number;
                                agreementTitle: string;
                                agreementText: string;
                                textSha256: string;
                                signerName: string;
                                signerTitle: string;
                                signerEmail: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                signedBy: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                signedAt: string;
                                clientIp: string;
                            } | null;
                            resignBy: string | null;
                            nextDue: {
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                dueDate: string;
                            } | null;
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                action: string;
                                from: string | null;
                                to: string | null;
                                reason: string | null;
                                actor: string;
                            }[];
                            appeals: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                text: string;
                                /** @enum {unknown} */
                                stateAtAppeal: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                authorEmail: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/pledge/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an active or lapsed pledge (admin, reason required; the vendor is e-mailed the reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /**
                         * @description Suspension and revocation: the category the public verification page shows (the written reason stays private). Default `other`.
                         * @enum {unknown}
                         */
                        reasonCategory?: "checkpoint_data" | "complaints" | "conduct" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            /** @enum {unknown} */
                            state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            stateSince: string;
                            stateReason: string | null;
                            stateReasonCategory: ("checkpoint_data" | "complaints" | "conduct" | "other") | null;
                            activeSince: string | null;
                            currentAgreementVersion: number;
                            signature: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                agreementVersion: number;
                                agreementTitle: string;
                                agreementText: string;
                                textSha256: string;
                                signerName: string;
                                signerTitle: string;
                                signerEmail: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                signedBy: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                signedAt: string;
                                clientIp: string;
                            } | null;
                            resignBy: string | null;
                            nextDue: {
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                dueDate: string;
                            } | null;
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                action: string;
                                from: string | null;
                                to: string | null;
                                reason: string | null;
                                actor: string;
                            }[];
                            appeals: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                text: string;
                                /** @enum {unknown} */
                                stateAtAppeal: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                authorEmail: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/pledge/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate a suspended pledge (admin, reason required) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /**
                         * @description Suspension and revocation: the category the public verification page shows (the written reason stays private). Default `other`.
                         * @enum {unknown}
                         */
                        reasonCategory?: "checkpoint_data" | "complaints" | "conduct" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            /** @enum {unknown} */
                            state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            stateSince: string;
                            stateReason: string | null;
                            stateReasonCategory: ("checkpoint_data" | "complaints" | "conduct" | "other") | null;
                            activeSince: string | null;
                            currentAgreementVersion: number;
                            signature: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                agreementVersion: number;
                                agreementTitle: string;
                                agreementText: string;
                                textSha256: string;
                                signerName: string;
                                signerTitle: string;
                                signerEmail: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                signedBy: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                signedAt: string;
                                clientIp: string;
                            } | null;
                            resignBy: string | null;
                            nextDue: {
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                dueDate: string;
                            } | null;
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                action: string;
                                from: string | null;
                                to: string | null;
                                reason: string | null;
                                actor: string;
                            }[];
                            appeals: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                text: string;
                                /** @enum {unknown} */
                                stateAtAppeal: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                authorEmail: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/pledge/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a pledge for good (admin, reason required; final) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /**
                         * @description Suspension and revocation: the category the public verification page shows (the written reason stays private). Default `other`.
                         * @enum {unknown}
                         */
                        reasonCategory?: "checkpoint_data" | "complaints" | "conduct" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            /** @enum {unknown} */
                            state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            stateSince: string;
                            stateReason: string | null;
                            stateReasonCategory: ("checkpoint_data" | "complaints" | "conduct" | "other") | null;
                            activeSince: string | null;
                            currentAgreementVersion: number;
                            signature: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                agreementVersion: number;
                                agreementTitle: string;
                                agreementText: string;
                                textSha256: string;
                                signerName: string;
                                signerTitle: string;
                                signerEmail: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                signedBy: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                signedAt: string;
                                clientIp: string;
                            } | null;
                            resignBy: string | null;
                            nextDue: {
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                dueDate: string;
                            } | null;
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                action: string;
                                from: string | null;
                                to: string | null;
                                reason: string | null;
                                actor: string;
                            }[];
                            appeals: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                text: string;
                                /** @enum {unknown} */
                                stateAtAppeal: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                authorEmail: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/pledge/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw from the pledge (the vendor’s owner; final) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            /** @enum {unknown} */
                            state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            stateSince: string;
                            stateReason: string | null;
                            stateReasonCategory: ("checkpoint_data" | "complaints" | "conduct" | "other") | null;
                            activeSince: string | null;
                            currentAgreementVersion: number;
                            signature: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                agreementVersion: number;
                                agreementTitle: string;
                                agreementText: string;
                                textSha256: string;
                                signerName: string;
                                signerTitle: string;
                                signerEmail: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                signedBy: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                signedAt: string;
                                clientIp: string;
                            } | null;
                            resignBy: string | null;
                            nextDue: {
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                dueDate: string;
                            } | null;
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                action: string;
                                from: string | null;
                                to: string | null;
                                reason: string | null;
                                actor: string;
                            }[];
                            appeals: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                text: string;
                                /** @enum {unknown} */
                                stateAtAppeal: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                authorEmail: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/pledge/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appeal a suspension or revocation in writing (the vendor’s owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            /** @enum {unknown} */
                            state: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            stateSince: string;
                            stateReason: string | null;
                            stateReasonCategory: ("checkpoint_data" | "complaints" | "conduct" | "other") | null;
                            activeSince: string | null;
                            currentAgreementVersion: number;
                            signature: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                agreementVersion: number;
                                agreementTitle: string;
                                agreementText: string;
                                textSha256: string;
                                signerName: string;
                                signerTitle: string;
                                signerEmail: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                signedBy: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                signedAt: string;
                                clientIp: string;
                            } | null;
                            resignBy: string | null;
                            nextDue: {
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                dueDate: string;
                            } | null;
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                action: string;
                                from: string | null;
                                to: string | null;
                                reason: string | null;
                                actor: string;
                            }[];
                            appeals: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                text: string;
                                /** @enum {unknown} */
                                stateAtAppeal: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                authorEmail: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor’s audit log, newest first (the admin; a vendor sees its own) */
        get: {
            parameters: {
                query?: {
                    /** @description The `next` cursor of the previous page; none for the first page */
                    after?: string;
                    /** @description Items per page */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                actor: string;
                                action: string;
                                entityType: string;
                                entityId: string;
                                from: string | null;
                                to: string | null;
                                reason: string | null;
                                requestId: string | null;
                            }[];
                            /** @description Pass as `after` for the following page; null on the last page */
                            next: string | null;
                            /** @description Items matching the filters, counted up to 1000 */
                            total: number;
                            /** @description True when more than 1000 items match */
                            totalCapped: boolean;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The checkpoint calendar: periods, due dates and status
         * @description Periods are YYYY-H1 / YYYY-H2, from the one in which the pledge became active; data is due 30 days after a period ends.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                start: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                end: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                dueDate: string;
                                /** @enum {unknown} */
                                status: "upcoming" | "open" | "due" | "overdue" | "submitted" | "accepted" | "returned";
                                submittedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/checkpoints/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One period’s submission with the figures the registry computes from it
         * @description A period without saved data answers an empty draft (version 0). `missing` lists what is still needed before submitting.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                            period: string;
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "accepted" | "returned";
                            data: {
                                volume?: {
                                    /** @description Support contacts in the period by channel */
                                    contacts?: {
                                        phone?: number;
                                        email?: number;
                                        chat?: number;
                                        portal?: number;
                                        other?: number;
                                    };
                                    /** @description Active client organisations */
                                    activeClients?: number;
                                };
                                responsiveness?: {
                                    /**
                                     * @description `aggregates`: entered by hand; `tickets`: taken from the last ticket-export import (the other fields are then ignored)
                                     * @enum {unknown}
                                     */
                                    source: "aggregates" | "tickets";
                                    /** @description Business minutes */
                                    medianBusinessMinutes?: number;
                                    /** @description Business minutes */
                                    p90BusinessMinutes?: number;
                                    /** @description Fraction from 0 to 1 */
                                    shareWithinTarget?: number;
                                };
                                /** @description Share of open tickets with a daily follow-up */
                                followUpShare?: number | null;
                                topIssues?: {
                                    /** @description Stable id; the server assigns one when missing */
                                    id?: string;
                                    title: string;
                                    contacts?: number;
                                    averageHoursToResolve?: number;
                                    /** @description The previous period’s issue this one continues */
                                    linkedIssueId?: string | null;
                                }[];
                                /** @description Null or absent when the vendor runs no NPS survey */
                                nps?: {
                                    population?: number;
                                    invited?: number;
                                    responses?: number;
                                    promoters?: number;
                                    passives?: number;
                                    detractors?: number;
                                    /** @enum {unknown} */
                                    sampleMethod?: "everyone" | "random" | "every_nth" | "after_ticket" | "other";
                                    sampleDescription?: string;
                                    detractorFollowUp?: string;
                                } | null;
                            };
                            ticketImport: {
                                /** @enum {unknown} */
                                format: "cep" | "zendesk" | "freshdesk";
                                /** @description Zone in which timestamps without an offset were read */
                                timeZone: string;
                                targetMinutes: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                importedAt: string;
                                /** @description Data rows read (header excluded) */
                                rows: number;
                                overall: {
                                    tickets: number;
                                    answered: number;
                                    unanswered: number;
                                    /** @description First response within the target (exactly the target counts as within) */
                                    withinTarget: number;
                                    /** @description withinTarget / tickets; an unanswered ticket is not within target */
                                    shareWithinTarget: number | null;
                                    /** @description Nearest-rank median over answered tickets */
                                    medianBusinessMinutes: number | null;
                                    /** @description Nearest-rank 90th percentile over answered tickets */
                                    p90BusinessMinutes: number | null;
                                };
                                byPriority: ({
                                    priority: string;
                                } & {
                                    tickets: number;
                                    answered: number;
                                    unanswered: number;
                                    /** @description First response within the target (exactly the target counts as within) */
                                    withinTarget: number;
                                    /** @description withinTarget / tickets; an unanswered ticket is not within target */
                                    shareWithinTarget: number | null;
                                    /** @description Nearest-rank median over answered tickets */
                                    medianBusinessMinutes: number | null;
                                    /** @description Nearest-rank 90th percentile over answered tickets */
                                    p90BusinessMinutes: number | null;
                                })[];
                                errorCount: number;
                                /** @description The first 1,000 rows that could not be used, with their line numbers */
                                errors: {
                                    line: number;
                                    reason: string;
                                }[];
                            } | null;
                            figures: {
                                totalContacts: number | null;
                                contactsPerClient: number | null;
                                responsiveness: {
                                    source: ("aggregates" | "tickets") | null;
                                    medianBusinessMinutes: number | null;
                                    p90BusinessMinutes: number | null;
                                    shareWithinTarget: number | null;
                                };
                                promise3: {
                                    targetMinutes: number;
                                    /** @description Share within target needed (from the agreement version) */
                                    threshold: number;
                                    /** @description Null until the share within target is known */
                                    met: boolean | null;
                                };
                                nps: {
                                    score: number;
                                    promoterShare: number;
                                    passiveShare: number;
                                    detractorShare: number;
                                    responseRate: number;
                                    interval: {
                                        low: number;
                                        high: number;
                                    };
                                    warnings: string[];
                                } | null;
                                issues: {
                                    id: string;
                                    streak: number;
                                    recurring: boolean;
                                    chronic: boolean;
                                }[];
                            };
                            /** @description Fields still needed before the draft can be submitted */
                            missing: string[];
                            submittedAt: string | null;
                            reviewedAt: string | null;
                            reviewNotes: string | null;
                            previousIssues: {
                                id: string;
                                title: string;
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        /**
         * Save the draft (the whole of it, replacing the last save)
         * @description A draft may be incomplete but never contradictory: NPS groups must sum to the responses, responses may not exceed the invited nor the invited the population. Send If-Match with the ETag once a draft exists (412 when stale). Submitted or accepted data is 409.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag from GET …/checkpoints/{period}; needed once a draft exists */
                    "if-match"?: string;
                };
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        volume?: {
                            /** @description Support contacts in the period by channel */
                            contacts?: {
                                phone?: number;
                                email?: number;
                                chat?: number;
                                portal?: number;
                                other?: number;
                            };
                            /** @description Active client organisations */
                            activeClients?: number;
                        };
                        responsiveness?: {
                            /**
                             * @description `aggregates`: entered by hand; `tickets`: taken from the last ticket-export import (the other fields are then ignored)
                             * @enum {unknown}
                             */
                            source: "aggregates" | "tickets";
                            /** @description Business minutes */
                            medianBusinessMinutes?: number;
                            /** @description Business minutes */
                            p90BusinessMinutes?: number;
                            /** @description Fraction from 0 to 1 */
                            shareWithinTarget?: number;
                        };
                        /** @description Share of open tickets with a daily follow-up */
                        followUpShare?: number | null;
                        topIssues?: {
                            /** @description Stable id; the server assigns one when missing */
                            id?: string;
                            title: string;
                            contacts?: number;
                            averageHoursToResolve?: number;
                            /** @description The previous period’s issue this one continues */
                            linkedIssueId?: string | null;
                        }[];
                        /** @description Null or absent when the vendor runs no NPS survey */
                        nps?: {
                            population?: number;
                            invited?: number;
                            responses?: number;
                            promoters?: number;
                            passives?: number;
                            detractors?: number;
                            /** @enum {unknown} */
                            sampleMethod?: "everyone" | "random" | "every_nth" | "after_ticket" | "other";
                            sampleDescription?: string;
                            detractorFollowUp?: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                            period: string;
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "accepted" | "returned";
                            data: {
                                volume?: {
                                    /** @description Support contacts in the period by channel */
                                    contacts?: {
                                        phone?: number;
                                        email?: number;
                                        chat?: number;
                                        portal?: number;
                                        other?: number;
                                    };
                                    /** @description Active client organisations */
                                    activeClients?: number;
                                };
                                responsiveness?: {
                                    /**
                                     * @description `aggregates`: entered by hand; `tickets`: taken from the last ticket-export import (the other fields are then ignored)
                                     * @enum {unknown}
                                     */
                                    source: "aggregates" | "tickets";
                                    /** @description Business minutes */
                                    medianBusinessMinutes?: number;
                                    /** @description Business minutes */
                                    p90BusinessMinutes?: number;
                                    /** @description Fraction from 0 to 1 */
                                    shareWithinTarget?: number;
                                };
                                /** @description Share of open tickets with a daily follow-up */
                                followUpShare?: number | null;
                                topIssues?: {
                                    /** @description Stable id; the server assigns one when missing */
                                    id?: string;
                                    title: string;
                                    contacts?: number;
                                    averageHoursToResolve?: number;
                                    /** @description The previous period’s issue this one continues */
                                    linkedIssueId?: string | null;
                                }[];
                                /** @description Null or absent when the vendor runs no NPS survey */
                                nps?: {
                                    population?: number;
                                    invited?: number;
                                    responses?: number;
                                    promoters?: number;
                                    passives?: number;
                                    detractors?: number;
                                    /** @enum {unknown} */
                                    sampleMethod?: "everyone" | "random" | "every_nth" | "after_ticket" | "other";
                                    sampleDescription?: string;
                                    detractorFollowUp?: string;
                                } | null;
                            };
                            ticketImport: {
                                /** @enum {unknown} */
                                format: "cep" | "zendesk" | "freshdesk";
                                /** @description Zone in which timestamps without an offset were read */
                                timeZone: string;
                                targetMinutes: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                importedAt: string;
                                /** @description Data rows read (header excluded) */
                                rows: number;
                                overall: {
                                    tickets: number;
                                    answered: number;
                                    unanswered: number;
                                    /** @description First response within the target (exactly the target counts as within) */
                                    withinTarget: number;
                                    /** @description withinTarget / tickets; an unanswered ticket is not within target */
                                    shareWithinTarget: number | null;
                                    /** @description Nearest-rank median over answered tickets */
                                    medianBusinessMinutes: number | null;
                                    /** @description Nearest-rank 90th percentile over answered tickets */
                                    p90BusinessMinutes: number | null;
                                };
                                byPriority: ({
                                    priority: string;
                                } & {
                                    tickets: number;
                                    answered: number;
                                    unanswered: number;
                                    /** @description First response within the target (exactly the target counts as within) */
                                    withinTarget: number;
                                    /** @description withinTarget / tickets; an unanswered ticket is not within target */
                                    shareWithinTarget: number | null;
                                    /** @description Nearest-rank median over answered tickets */
                                    medianBusinessMinutes: number | null;
                                    /** @description Nearest-rank 90th percentile over answered tickets */
                                    p90BusinessMinutes: number | null;
                                })[];
                                errorCount: number;
                                /** @description The first 1,000 rows that could not be used, with their line numbers */
                                errors: {
                                    line: number;
                                    reason: string;
                                }[];
                            } | null;
                            figures: {
                                totalContacts: number | null;
                                contactsPerClient: number | null;
                                responsiveness: {
                                    source: ("aggregates" | "tickets") | null;
                                    medianBusinessMinutes: number | null;
                                    p90BusinessMinutes: number | null;
                                    shareWithinTarget: number | null;
                                };
                                promise3: {
                                    targetMinutes: number;
                                    /** @description Share within target needed (from the agreement version) */
                                    threshold: number;
                                    /** @description Null until the share within target is known */
                                    met: boolean | null;
                                };
                                nps: {
                                    score: number;
                                    promoterShare: number;
                                    passiveShare: number;
                                    detractorShare: number;
                                    responseRate: number;
                                    interval: {
                                        low: number;
                                        high: number;
                                    };
                                    warnings: string[];
                                } | null;
                                issues: {
                                    id: string;
                                    streak: number;
                                    recurring: boolean;
                                    chronic: boolean;
                                }[];
                            };
                            /** @description Fields still needed before the draft can be submitted */
                            missing: string[];
                            submittedAt: string | null;
                            reviewedAt: string | null;
                            reviewNotes: string | null;
                            previousIssues: {
                                id: string;
                                title: string;
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/checkpoints/{period}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the period’s data for review
         * @description The period must have ended and the draft be complete (400 lists what is missing). A lapsed pledge whose data is all in again becomes active. The admins are e-mailed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                            period: string;
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "accepted" | "returned";
                            data: {
                                volume?: {
                                    /** @description Support contacts in the period by channel */
                                    contacts?: {
                                        phone?: number;
                                        email?: number;
                                        chat?: number;
                                        portal?: number;
                                        other?: number;
                                    };
                                    /** @description Active client organisations */
                                    activeClients?: number;
                                };
                                responsiveness?: {
                                    /**
                                     * @description `aggregates`: entered by hand; `tickets`: taken from the last ticket-export import (the other fields are then ignored)
                                     * @enum {unknown}
                                     */
                                    source: "aggregates" | "tickets";
                                    /** @description Business minutes */
                                    medianBusinessMinutes?: number;
                                    /** @description Business minutes */
                                    p90BusinessMinutes?: number;
                                    /** @description Fraction from 0 to 1 */
                                    shareWithinTarget?: number;
                                };
                                /** @description Share of open tickets with a daily follow-up */
                                followUpShare?: number | null;
                                topIssues?: {
                                    /** @description Stable id; the server assigns one when missing */
                                    id?: string;
                                    title: string;
                                    contacts?: number;
                                    averageHoursToResolve?: number;
                                    /** @description The previous period’s issue this one continues */
                                    linkedIssueId?: string | null;
                                }[];
                                /** @description Null or absent when the vendor runs no NPS survey */
                                nps?: {
                                    population?: number;
                                    invited?: number;
                                    responses?: number;
                                    promoters?: number;
                                    passives?: number;
                                    detractors?: number;
                                    /** @enum {unknown} */
                                    sampleMethod?: "everyone" | "random" | "every_nth" | "after_ticket" | "other";
                                    sampleDescription?: string;
                                    detractorFollowUp?: string;
                                } | null;
                            };
                            ticketImport: {
                                /** @enum {unknown} */
                                format: "cep" | "zendesk" | "freshdesk";
                                /** @description Zone in which timestamps without an offset were read */
                                timeZone: string;
                                targetMinutes: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                importedAt: string;
                                /** @description Data rows read (header excluded) */
                                rows: number;
                                overall: {
                                    tickets: number;
                                    answered: number;
                                    unanswered: number;
                                    /** @description First response within the target (exactly the target counts as within) */
                                    withinTarget: number;
                                    /** @description withinTarget / tickets; an unanswered ticket is not within target */
                                    shareWithinTarget: number | null;
                                    /** @description Nearest-rank median over answered tickets */
                                    medianBusinessMinutes: number | null;
                                    /** @description Nearest-rank 90th percentile over answered tickets */
                                    p90BusinessMinutes: number | null;
                                };
                                byPriority: ({
                                    priority: string;
                                } & {
                                    tickets: number;
                                    answered: number;
                                    unanswered: number;
                                    /** @description First response within the target (exactly the target counts as within) */
                                    withinTarget: number;
                                    /** @description withinTarget / tickets; an unanswered ticket is not within target */
                                    shareWithinTarget: number | null;
                                    /** @description Nearest-rank median over answered tickets */
                                    medianBusinessMinutes: number | null;
                                    /** @description Nearest-rank 90th percentile over answered tickets */
                                    p90BusinessMinutes: number | null;
                                })[];
                                errorCount: number;
                                /** @description The first 1,000 rows that could not be used, with their line numbers */
                                errors: {
                                    line: number;
                                    reason: string;
                                }[];
                            } | null;
                            figures: {
                                totalContacts: number | null;
                                contactsPerClient: number | null;
                                responsiveness: {
                                    source: ("aggregates" | "tickets") | null;
                                    medianBusinessMinutes: number | null;
                                    p90BusinessMinutes: number | null;
                                    shareWithinTarget: number | null;
                                };
                                promise3: {
                                    targetMinutes: number;
                                    /** @description Share within target needed (from the agreement version) */
                                    threshold: number;
                                    /** @description Null until the share within target is known */
                                    met: boolean | null;
                                };
                                nps: {
                                    score: number;
                                    promoterShare: number;
                                    passiveShare: number;
                                    detractorShare: number;
                                    responseRate: number;
                                    interval: {
                                        low: number;
                                        high: number;
                                    };
                                    warnings: string[];
                                } | null;
                                issues: {
                                    id: string;
                                    streak: number;
                                    recurring: boolean;
                                    chronic: boolean;
                                }[];
                            };
                            /** @description Fields still needed before the draft can be submitted */
                            missing: string[];
                            submittedAt: string | null;
                            reviewedAt: string | null;
                            reviewNotes: string | null;
                            previousIssues: {
                                id: string;
                                title: string;
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/checkpoints/{period}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or return submitted data (admin)
         * @description Returning needs notes; the vendor is e-mailed either way. Returned data not resubmitted within 14 days lapses the pledge.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        decision: "accepted" | "returned";
                        /** @description Required when returning: what the vendor must fix */
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                            period: string;
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "accepted" | "returned";
                            data: {
                                volume?: {
                                    /** @description Support contacts in the period by channel */
                                    contacts?: {
                                        phone?: number;
                                        email?: number;
                                        chat?: number;
                                        portal?: number;
                                        other?: number;
                                    };
                                    /** @description Active client organisations */
                                    activeClients?: number;
                                };
                                responsiveness?: {
                                    /**
                                     * @description `aggregates`: entered by hand; `tickets`: taken from the last ticket-export import (the other fields are then ignored)
                                     * @enum {unknown}
                                     */
                                    source: "aggregates" | "tickets";
                                    /** @description Business minutes */
                                    medianBusinessMinutes?: number;
                                    /** @description Business minutes */
                                    p90BusinessMinutes?: number;
                                    /** @description Fraction from 0 to 1 */
                                    shareWithinTarget?: number;
                                };
                                /** @description Share of open tickets with a daily follow-up */
                                followUpShare?: number | null;
                                topIssues?: {
                                    /** @description Stable id; the server assigns one when missing */
                                    id?: string;
                                    title: string;
                                    contacts?: number;
                                    averageHoursToResolve?: number;
                                    /** @description The previous period’s issue this one continues */
                                    linkedIssueId?: string | null;
                                }[];
                                /** @description Null or absent when the vendor runs no NPS survey */
                                nps?: {
                                    population?: number;
                                    invited?: number;
                                    responses?: number;
                                    promoters?: number;
                                    passives?: number;
                                    detractors?: number;
                                    /** @enum {unknown} */
                                    sampleMethod?: "everyone" | "random" | "every_nth" | "after_ticket" | "other";
                                    sampleDescription?: string;
                                    detractorFollowUp?: string;
                                } | null;
                            };
                            ticketImport: {
                                /** @enum {unknown} */
                                format: "cep" | "zendesk" | "freshdesk";
                                /** @description Zone in which timestamps without an offset were read */
                                timeZone: string;
                                targetMinutes: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                importedAt: string;
                                /** @description Data rows read (header excluded) */
                                rows: number;
                                overall: {
                                    tickets: number;
                                    answered: number;
                                    unanswered: number;
                                    /** @description First response within the target (exactly the target counts as within) */
                                    withinTarget: number;
                                    /** @description withinTarget / tickets; an unanswered ticket is not within target */
                                    shareWithinTarget: number | null;
                                    /** @description Nearest-rank median over answered tickets */
                                    medianBusinessMinutes: number | null;
                                    /** @description Nearest-rank 90th percentile over answered tickets */
                                    p90BusinessMinutes: number | null;
                                };
                                byPriority: ({
                                    priority: string;
                                } & {
                                    tickets: number;
                                    answered: number;
                                    unanswered: number;
                                    /** @description First response within the target (exactly the target counts as within) */
                                    withinTarget: number;
                                    /** @description withinTarget / tickets; an unanswered ticket is not within target */
                                    shareWithinTarget: number | null;
                                    /** @description Nearest-rank median over answered tickets */
                                    medianBusinessMinutes: number | null;
                                    /** @description Nearest-rank 90th percentile over answered tickets */
                                    p90BusinessMinutes: number | null;
                                })[];
                                errorCount: number;
                                /** @description The first 1,000 rows that could not be used, with their line numbers */
                                errors: {
                                    line: number;
                                    reason: string;
                                }[];
                            } | null;
                            figures: {
                                totalContacts: number | null;
                                contactsPerClient: number | null;
                                responsiveness: {
                                    source: ("aggregates" | "tickets") | null;
                                    medianBusinessMinutes: number | null;
                                    p90BusinessMinutes: number | null;
                                    shareWithinTarget: number | null;
                                };
                                promise3: {
                                    targetMinutes: number;
                                    /** @description Share within target needed (from the agreement version) */
                                    threshold: number;
                                    /** @description Null until the share within target is known */
                                    met: boolean | null;
                                };
                                nps: {
                                    score: number;
                                    promoterShare: number;
                                    passiveShare: number;
                                    detractorShare: number;
                                    responseRate: number;
                                    interval: {
                                        low: number;
                                        high: number;
                                    };
                                    warnings: string[];
                                } | null;
                                issues: {
                                    id: string;
                                    streak: number;
                                    recurring: boolean;
                                    chronic: boolean;
                                }[];
                            };
                            /** @description Fields still needed before the draft can be submitted */
                            missing: string[];
                            submittedAt: string | null;
                            reviewedAt: string | null;
                            reviewNotes: string | null;
                            previousIssues: {
                                id: string;
                                title: string;
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review queue: submissions by status, oldest first (admin) */
        get: {
            parameters: {
                query?: {
                    /** @description The `next` cursor of the previous page; none for the first page */
                    after?: string;
                    /** @description Items per page */
                    limit?: number;
                    status?: "draft" | "submitted" | "accepted" | "returned";
                    /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                    period?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                vendorId: string;
                                vendorName: string;
                                vendorSlug: string;
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                                /** @enum {unknown} */
                                status: "draft" | "submitted" | "accepted" | "returned";
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                promise3Met: boolean | null;
                            }[];
                            /** @description Pass as `after` for the following page; null on the last page */
                            next: string | null;
                            /** @description Items matching the filters, counted up to 1000 */
                            total: number;
                            /** @description True when more than 1000 items match */
                            totalCapped: boolean;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A vendor’s figures period by period (submitted and accepted data) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            vendorName: string;
                            threshold: number;
                            series: {
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted";
                                shareWithinTarget: number | null;
                                medianBusinessMinutes: number | null;
                                p90BusinessMinutes: number | null;
                                contactsPerClient: number | null;
                                nps: number | null;
                                npsLow: number | null;
                                npsHigh: number | null;
                                npsResponses: number | null;
                                recurringIssues: number;
                                chronicIssues: number;
                                promise3Met: boolean | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The program’s figures period by period: vendors delivering, promise-3 verdicts and mean figures (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            periods: {
                                /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                                period: string;
                                /** @description Vendors whose data for the period is submitted or accepted */
                                delivered: number;
                                /** @description Of those, vendors whose data the admin accepted */
                                accepted: number;
                                /** @description Vendors whose response times give a promise-3 verdict */
                                promise3Judged: number;
                                /** @description Of those, vendors that met their threshold */
                                promise3Met: number;
                                /** @description Mean share of first responses within the vendor’s target (0–1); null when no vendor reported it */
                                shareWithinTarget: number | null;
                                /** @description Mean support contacts per active client; null when no vendor reported it */
                                contactsPerClient: number | null;
                                /** @description Mean NPS of the vendors with a valid survey; null when no vendor reported it */
                                nps: number | null;
                                /** @description Vendors with a valid NPS survey */
                                npsVendors: number;
                                /** @description Mean number of recurring top issues per vendor; null when no vendor reported it */
                                recurringIssues: number | null;
                                /** @description Mean number of chronic top issues per vendor; null when no vendor reported it */
                                chronicIssues: number | null;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/checkpoints/{period}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a ticket export (CSV) and compute responsiveness from it
         * @description Send the file as the body with `Content-Type: text/csv`, or as `multipart/form-data` in the field `file`. Recognised from the header row:
         *     - ours: `id,created_at,first_response_at,priority,channel,solved_at`, ISO 8601 instants with their offsets;
         *     - Zendesk: `Ticket ID`, `Created at`, `Priority`, `Solved at`, `First reply time in minutes` (the first reply is Created at plus those calendar minutes);
         *     - Freshdesk: `Ticket ID`, `Created time`, `Initial response time`, `Priority`, `Source`, `Resolved time`.
         *     Zendesk and Freshdesk timestamps without an offset are read in `timeZone` (default: the vendor’s calendar zone). Business minutes are recomputed on the vendor’s calendar.
         *     Rows that cannot be used are listed with their line and reason (the first 1,000) and left out of every figure. A file with no usable row is 400; one over the configured limit (IMPORT_LIMIT, 50 MB by default) is 413.
         *     The figures become the draft’s responsiveness. Importing again replaces the last import, so a retry is harmless.
         */
        post: {
            parameters: {
                query?: {
                    /** @description IANA zone for Zendesk/Freshdesk local timestamps; default: the vendor’s calendar zone */
                    timeZone?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description Checkpoint period, YYYY-H1 or YYYY-H2 */
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The ticket export (CSV)
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            format: "cep" | "zendesk" | "freshdesk";
                            /** @description Zone in which timestamps without an offset were read */
                            timeZone: string;
                            targetMinutes: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            importedAt: string;
                            /** @description Data rows read (header excluded) */
                            rows: number;
                            overall: {
                                tickets: number;
                                answered: number;
                                unanswered: number;
                                /** @description First response within the target (exactly the target counts as within) */
                                withinTarget: number;
                                /** @description withinTarget / tickets; an unanswered ticket is not within target */
                                shareWithinTarget: number | null;
                                /** @description Nearest-rank median over answered tickets */
                                medianBusinessMinutes: number | null;
                                /** @description Nearest-rank 90th percentile over answered tickets */
                                p90BusinessMinutes: number | null;
                            };
                            byPriority: ({
                                priority: string;
                            } & {
                                tickets: number;
                                answered: number;
                                unanswered: number;
                                /** @description First response within the target (exactly the target counts as within) */
                                withinTarget: number;
                                /** @description withinTarget / tickets; an unanswered ticket is not within target */
                                shareWithinTarget: number | null;
                                /** @description Nearest-rank median over answered tickets */
                                medianBusinessMinutes: number | null;
                                /** @description Nearest-rank 90th percentile over answered tickets */
                                p90BusinessMinutes: number | null;
                            })[];
                            errorCount: number;
                            /** @description The first 1,000 rows that could not be used, with their line numbers */
                            errors: {
                                line: number;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Complaints: the admin’s queue of confirmed complaints, or those forwarded to the caller’s vendor
         * @description Oldest confirmed first. Filters: state, vendor (admin), promise, age in days since confirmation.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `next` cursor of the previous page; none for the first page */
                    after?: string;
                    /** @description Items per page */
                    limit?: number;
                    state?: "confirmed" | "dismissed" | "forwarded" | "responded" | "no_response" | "resolved" | "unresolved" | "assumed_resolved";
                    /** @description UUID */
                    vendorId?: string;
                    promise?: "support" | "ethics" | "timeliness" | "contact" | "other";
                    /** @description Only complaints confirmed at least this many days ago */
                    minAgeDays?: number;
                    /** @description Only complaints confirmed at most this many days ago */
                    maxAgeDays?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                reference: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                vendorId: string;
                                vendorName: string;
                                /** @enum {unknown} */
                                state: "unconfirmed" | "confirmed" | "dismissed" | "forwarded" | "responded" | "no_response" | "resolved" | "unresolved" | "assumed_resolved";
                                /** @enum {unknown} */
                                promise: "support" | "ethics" | "timeliness" | "contact" | "other";
                                subject: string;
                                confirmedAt: string | null;
                                forwardedAt: string | null;
                                responseDueAt: string | null;
                                /** @description Whole days since confirmation */
                                ageDays: number;
                            }[];
                            /** @description Pass as `after` for the following page; null on the last page */
                            next: string | null;
                            /** @description Items matching the filters, counted up to 1000 */
                            total: number;
                            /** @description True when more than 1000 items match */
                            totalCapped: boolean;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * File a complaint about a pledged vendor (public)
         * @description The complainant is e-mailed a one-time link to confirm (POST /complaints/confirm) within 7 days; only confirmed complaints reach the admin or count. Rate-limited per client (RATE_LIMIT_COMPLAINTS per hour) and per vendor (RATE_LIMIT_COMPLAINTS_PER_VENDOR per hour). Honours `Idempotency-Key`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The vendor’s id or slug */
                        vendor: string;
                        name: string;
                        /** Format: email */
                        email: string;
                        organisation?: string;
                        subject: string;
                        description: string;
                        /**
                         * @description Which promise of the pledge it concerns
                         * @enum {unknown}
                         */
                        promise: "support" | "ethics" | "timeliness" | "contact" | "other";
                        /** @description May the vendor see the complainant’s name, e-mail and organisation? */
                        consent: boolean;
                        /** @description Leave empty (spam trap) */
                        website?: string;
                        /** @description Milliseconds between opening the form and sending it */
                        fillTimeMs: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quote it in any message about the complaint */
                            reference: string;
                            message: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a complaint with the one-time link’s token (public) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            vendorName: string;
                            /** @enum {unknown} */
                            state: "unconfirmed" | "confirmed" | "dismissed" | "forwarded" | "responded" | "no_response" | "resolved" | "unresolved" | "assumed_resolved";
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The link is used or expired */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Say whether the vendor’s response resolved the complaint, with the one-time link’s token (public) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        /** @enum {unknown} */
                        outcome: "resolved" | "unresolved";
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            vendorName: string;
                            /** @enum {unknown} */
                            state: "unconfirmed" | "confirmed" | "dismissed" | "forwarded" | "responded" | "no_response" | "resolved" | "unresolved" | "assumed_resolved";
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The link is used or expired */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One complaint with its timeline
         * @description A vendor sees only complaints forwarded to it, and the complainant’s contact details only when they consented.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            reference: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            vendorName: string;
                            /** @enum {unknown} */
                            state: "unconfirmed" | "confirmed" | "dismissed" | "forwarded" | "responded" | "no_response" | "resolved" | "unresolved" | "assumed_resolved";
                            /** @enum {unknown} */
                            promise: "support" | "ethics" | "timeliness" | "contact" | "other";
                            subject: string;
                            description: string;
                            consent: boolean;
                            complainant: {
                                name: string;
                                email: string;
                                organisation: string | null;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            filedAt: string;
                            confirmedAt: string | null;
                            forwardedAt: string | null;
                            forwardNote: string | null;
                            /** @description 10 business days after forwarding, on the vendor’s calendar */
                            responseDueAt: string | null;
                            respondedAt: string | null;
                            response: string | null;
                            dismissReason: ("invalid" | "spam" | "duplicate" | "out_of_scope") | null;
                            dismissNote: string | null;
                            outcomeAt: string | null;
                            outcomeComment: string | null;
                            timeline: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                action: string;
                                /** @description "complainant", "system", the admin or a vendor person */
                                actor: string;
                                from: string | null;
                                to: string | null;
                                note: string | null;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward a confirmed complaint to the vendor (admin)
         * @description Starts the vendor’s response window: 10 business days on the vendor’s own calendar.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Shown to the vendor */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            reference: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            vendorName: string;
                            /** @enum {unknown} */
                            state: "unconfirmed" | "confirmed" | "dismissed" | "forwarded" | "responded" | "no_response" | "resolved" | "unresolved" | "assumed_resolved";
                            /** @enum {unknown} */
                            promise: "support" | "ethics" | "timeliness" | "contact" | "other";
                            subject: string;
                            description: string;
                            consent: boolean;
                            complainant: {
                                name: string;
                                email: string;
                                organisation: string | null;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            filedAt: string;
                            confirmedAt: string | null;
                            forwardedAt: string | null;
                            forwardNote: string | null;
                            /** @description 10 business days after forwarding, on the vendor’s calendar */
                            responseDueAt: string | null;
                            respondedAt: string | null;
                            response: string | null;
                            dismissReason: ("invalid" | "spam" | "duplicate" | "out_of_scope") | null;
                            dismissNote: string | null;
                            outcomeAt: string | null;
                            outcomeComment: string | null;
                            timeline: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                action: string;
                                /** @description "complainant", "system", the admin or a vendor person */
                                actor: string;
                                from: string | null;
                                to: string | null;
                                note: string | null;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a confirmed complaint with a reason (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        reason: "invalid" | "spam" | "duplicate" | "out_of_scope";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            reference: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            vendorName: string;
                            /** @enum {unknown} */
                            state: "unconfirmed" | "confirmed" | "dismissed" | "forwarded" | "responded" | "no_response" | "resolved" | "unresolved" | "assumed_resolved";
                            /** @enum {unknown} */
                            promise: "support" | "ethics" | "timeliness" | "contact" | "other";
                            subject: string;
                            description: string;
                            consent: boolean;
                            complainant: {
                                name: string;
                                email: string;
                                organisation: string | null;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            filedAt: string;
                            confirmedAt: string | null;
                            forwardedAt: string | null;
                            forwardNote: string | null;
                            /** @description 10 business days after forwarding, on the vendor’s calendar */
                            responseDueAt: string | null;
                            respondedAt: string | null;
                            response: string | null;
                            dismissReason: ("invalid" | "spam" | "duplicate" | "out_of_scope") | null;
                            dismissNote: string | null;
                            outcomeAt: string | null;
                            outcomeComment: string | null;
                            timeline: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                action: string;
                                /** @description "complainant", "system", the admin or a vendor person */
                                actor: string;
                                from: string | null;
                                to: string | null;
                                note: string | null;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Respond to a complaint forwarded to your vendor
         * @description The complainant is e-mailed the response and a one-time link to say whether it resolved the matter.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        response: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            reference: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            vendorId: string;
                            vendorName: string;
                            /** @enum {unknown} */
                            state: "unconfirmed" | "confirmed" | "dismissed" | "forwarded" | "responded" | "no_response" | "resolved" | "unresolved" | "assumed_resolved";
                            /** @enum {unknown} */
                            promise: "support" | "ethics" | "timeliness" | "contact" | "other";
                            subject: string;
                            description: string;
                            consent: boolean;
                            complainant: {
                                name: string;
                                email: string;
                                organisation: string | null;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            filedAt: string;
                            confirmedAt: string | null;
                            forwardedAt: string | null;
                            forwardNote: string | null;
                            /** @description 10 business days after forwarding, on the vendor’s calendar */
                            responseDueAt: string | null;
                            respondedAt: string | null;
                            response: string | null;
                            dismissReason: ("invalid" | "spam" | "duplicate" | "out_of_scope") | null;
                            dismissNote: string | null;
                            outcomeAt: string | null;
                            outcomeComment: string | null;
                            timeline: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                action: string;
                                /** @description "complainant", "system", the admin or a vendor person */
                                actor: string;
                                from: string | null;
                                to: string | null;
                                note: string | null;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/watchlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vendors with a high level of complaints, newest on the list first, with the figures that put them there (admin) */
        get: {
            parameters: {
                query?: {
                    /** @description The `next` cursor of the previous page; none for the first page */
                    after?: string;
                    /** @description Items per page */
                    limit?: number;
                    /** @description Only this vendor (an empty list when it is not on the watch list) */
                    vendorId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thresholds: {
                                count: number;
                                countDays: number;
                                ratePer100: number;
                                rateDays: number;
                            };
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                vendorId: string;
                                vendorName: string;
                                vendorSlug: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                since: string;
                                recentCount: number;
                                longCount: number;
                                clients: number | null;
                                ratePer100: number | null;
                                reasons: ("count" | "rate")[];
                            }[];
                            /** @description Pass as `after` for the following page; null on the last page */
                            next: string | null;
                            /** @description Items matching the filters, counted up to 1000 */
                            total: number;
                            /** @description True when more than 1000 items match */
                            totalCapped: boolean;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/badge-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Badge views and “unverified site” requests by referring domain */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The window the counts cover, ending today */
                            days: number;
                            /** @description Badge requests (SVG, JSON and shields) from listed domains or without a Referer */
                            views: number;
                            unverified: number;
                            byDomain: {
                                domain: string;
                                views: number;
                                unverified: number;
                            }[];
                            /** @description Seconds a CDN in front of this registry may keep a badge (BADGE_SHARED_MAX_AGE): the longest a change takes to show there. null: browsers ask on every view, so a change shows on the next one. */
                            sharedMaxAge: number | null;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor’s membership credential (Open Badges 3.0, VC-JWT); issued on the spot when an active member is due one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            url: string;
                            /** @description The credential as a compact JWS (VC-JWT, EdDSA) */
                            jwt: string;
                            /** @description The credential the JWT carries, as JSON */
                            credential: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            issuedAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            expiresAt: string;
                            lastCheckedPeriod: string | null;
                            agreementVersion: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a credential: valid, expired, suspended, revoked, or not signed by this registry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The VC-JWT, or the JSON file the registry lets vendors download */
                        credential: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            verdict: "valid" | "expired" | "suspended" | "revoked" | "not_ours" | "malformed";
                            reason: string;
                            vendor: {
                                name: string;
                                /** @description Lower-case letters, digits and inner hyphens */
                                slug: string;
                            } | null;
                            issuedAt: string | null;
                            expiresAt: string | null;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the e-mail outbox
         * @description Every message the registry sent or holds. Without SMTP_URL, messages stay `held` here.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `next` cursor of the previous page; none for the first page */
                    after?: string;
                    /** @description Items per page */
                    limit?: number;
                    status?: "queued" | "held" | "sent" | "failed";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                to: string;
                                subject: string;
                                text: string;
                                /** @enum {unknown} */
                                status: "queued" | "held" | "sent" | "failed";
                                attempts: number;
                                lastError: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                                sentAt: string | null;
                            }[];
                            /** @description Pass as `after` for the following page; null on the last page */
                            next: string | null;
                            /** @description Items matching the filters, counted up to 1000 */
                            total: number;
                            /** @description True when more than 1000 items match */
                            totalCapped: boolean;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor’s API keys (never the keys themselves) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                                /** @description The first characters of the key, to tell keys apart */
                                prefix: string;
                                scopes: ("status:read" | "checkpoints:read" | "checkpoints:write" | "complaints:read" | "webhooks:manage" | "admin:read")[];
                                /** @description The vendor the key acts for; null for a program-wide key */
                                vendorId: string | null;
                                /** @enum {unknown} */
                                status: "active" | "expired" | "revoked";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                                /** @description E-mail of the person who created it */
                                createdBy: string;
                                expiresAt: string | null;
                                lastUsedAt: string | null;
                                lastUsedIp: string | null;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API key for the vendor (owner or admin)
         * @description The key is returned in `key` once: store it then. Send it as `X-API-Key: cep_…`. A vendor’s key acts only for that vendor and within its scopes; a missing scope answers 403 naming it, a revoked or expired key 401. At most 25 keys may be active at once (409 beyond).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What the key is for, e.g. "Zendesk export" */
                        name: string;
                        scopes: ("status:read" | "checkpoints:read" | "checkpoints:write" | "complaints:read" | "webhooks:manage" | "admin:read")[];
                        /** @description When the key stops working; none for a key that lasts until revoked */
                        expiresAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            name: string;
                            /** @description The first characters of the key, to tell keys apart */
                            prefix: string;
                            scopes: ("status:read" | "checkpoints:read" | "checkpoints:write" | "complaints:read" | "webhooks:manage" | "admin:read")[];
                            /** @description The vendor the key acts for; null for a program-wide key */
                            vendorId: string | null;
                            /** @enum {unknown} */
                            status: "active" | "expired" | "revoked";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                            /** @description E-mail of the person who created it */
                            createdBy: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            lastUsedIp: string | null;
                            revokedAt: string | null;
                            /** @description The key; store it now, it is never shown again */
                            key: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of the vendor’s API keys, at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description UUID */
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            name: string;
                            /** @description The first characters of the key, to tell keys apart */
                            prefix: string;
                            scopes: ("status:read" | "checkpoints:read" | "checkpoints:write" | "complaints:read" | "webhooks:manage" | "admin:read")[];
                            /** @description The vendor the key acts for; null for a program-wide key */
                            vendorId: string | null;
                            /** @enum {unknown} */
                            status: "active" | "expired" | "revoked";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                            /** @description E-mail of the person who created it */
                            createdBy: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            lastUsedIp: string | null;
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The program-wide API keys (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                                /** @description The first characters of the key, to tell keys apart */
                                prefix: string;
                                scopes: ("status:read" | "checkpoints:read" | "checkpoints:write" | "complaints:read" | "webhooks:manage" | "admin:read")[];
                                /** @description The vendor the key acts for; null for a program-wide key */
                                vendorId: string | null;
                                /** @enum {unknown} */
                                status: "active" | "expired" | "revoked";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                                /** @description E-mail of the person who created it */
                                createdBy: string;
                                expiresAt: string | null;
                                lastUsedAt: string | null;
                                lastUsedIp: string | null;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a program-wide API key (admin): every vendor’s status, read only
         * @description The key is returned in `key` once: store it then. Send it as `X-API-Key: cep_…`. A vendor’s key acts only for that vendor and within its scopes; a missing scope answers 403 naming it, a revoked or expired key 401. At most 25 keys may be active at once (409 beyond).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What the key is for, e.g. "Zendesk export" */
                        name: string;
                        scopes: ("status:read" | "checkpoints:read" | "checkpoints:write" | "complaints:read" | "webhooks:manage" | "admin:read")[];
                        /** @description When the key stops working; none for a key that lasts until revoked */
                        expiresAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            name: string;
                            /** @description The first characters of the key, to tell keys apart */
                            prefix: string;
                            scopes: ("status:read" | "checkpoints:read" | "checkpoints:write" | "complaints:read" | "webhooks:manage" | "admin:read")[];
                            /** @description The vendor the key acts for; null for a program-wide key */
                            vendorId: string | null;
                            /** @enum {unknown} */
                            status: "active" | "expired" | "revoked";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                            /** @description E-mail of the person who created it */
                            createdBy: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            lastUsedIp: string | null;
                            revokedAt: string | null;
                            /** @description The key; store it now, it is never shown again */
                            key: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a program-wide API key */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            name: string;
                            /** @description The first characters of the key, to tell keys apart */
                            prefix: string;
                            scopes: ("status:read" | "checkpoints:read" | "checkpoints:write" | "complaints:read" | "webhooks:manage" | "admin:read")[];
                            /** @description The vendor the key acts for; null for a program-wide key */
                            vendorId: string | null;
                            /** @enum {unknown} */
                            status: "active" | "expired" | "revoked";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                            /** @description E-mail of the person who created it */
                            createdBy: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            lastUsedIp: string | null;
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your webhook endpoints (a vendor’s, or the program’s for the admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description The vendor whose events it receives; null for a program-wide endpoint */
                                vendorId: string | null;
                                url: string;
                                description: string;
                                eventTypes: ("pledge.state_changed" | "pledge.signed" | "pledge.appealed" | "pledge.signature_due" | "checkpoint.submitted" | "checkpoint.returned" | "checkpoint.accepted" | "checkpoint.due_soon" | "complaint.confirmed" | "complaint.forwarded" | "complaint.response_due_soon" | "complaint.responded" | "complaint.overdue" | "complaint.outcome_recorded" | "watchlist.entered" | "watchlist.left" | "vendor.badge_domains_changed" | "agreement.published" | "application.submitted")[];
                                enabled: boolean;
                                disabledReason: string | null;
                                /** @description Every delivery has failed since then; after 5 days the endpoint is disabled */
                                failingSince: string | null;
                                secretRotatedAt: string | null;
                                /** @description Until then deliveries are signed with the old secret too */
                                previousSecretExpiresAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Register an endpoint; the answer carries its signing secret
         * @description Each delivery is a POST of the event as JSON, signed by the Standard Webhooks scheme: `webhook-id` (the event id: deduplicate by it), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,<base64 HMAC-SHA256 of id.timestamp.body>`; two signatures for 24 h after a secret rotation). Any 2xx within 10 s is success; otherwise it is retried for about three days. At most 10 endpoints per vendor, and for the program (409 beyond).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uri
                         * @description Where events are POSTed: https (http only for a local receiver during development)
                         */
                        url: string;
                        /** @description The event types to receive */
                        eventTypes: ("pledge.state_changed" | "pledge.signed" | "pledge.appealed" | "pledge.signature_due" | "checkpoint.submitted" | "checkpoint.returned" | "checkpoint.accepted" | "checkpoint.due_soon" | "complaint.confirmed" | "complaint.forwarded" | "complaint.response_due_soon" | "complaint.responded" | "complaint.overdue" | "complaint.outcome_recorded" | "watchlist.entered" | "watchlist.left" | "vendor.badge_domains_changed" | "agreement.published" | "application.submitted")[];
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description The vendor whose events it receives; null for a program-wide endpoint */
                            vendorId: string | null;
                            url: string;
                            description: string;
                            eventTypes: ("pledge.state_changed" | "pledge.signed" | "pledge.appealed" | "pledge.signature_due" | "checkpoint.submitted" | "checkpoint.returned" | "checkpoint.accepted" | "checkpoint.due_soon" | "complaint.confirmed" | "complaint.forwarded" | "complaint.response_due_soon" | "complaint.responded" | "complaint.overdue" | "complaint.outcome_recorded" | "watchlist.entered" | "watchlist.left" | "vendor.badge_domains_changed" | "agreement.published" | "application.submitted")[];
                            enabled: boolean;
                            disabledReason: string | null;
                            /** @description Every delivery has failed since then; after 5 days the endpoint is disabled */
                            failingSince: string | null;
                            secretRotatedAt: string | null;
                            /** @description Until then deliveries are signed with the old secret too */
                            previousSecretExpiresAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                            version: number;
                            /** @description whsec_…: verify signatures with it (Standard Webhooks) */
                            secret: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Idempotency-Key reused with another request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One endpoint; the ETag header carries its version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description The vendor whose events it receives; null for a program-wide endpoint */
                            vendorId: string | null;
                            url: string;
                            description: string;
                            eventTypes: ("pledge.state_changed" | "pledge.signed" | "pledge.appealed" | "pledge.signature_due" | "checkpoint.submitted" | "checkpoint.returned" | "checkpoint.accepted" | "checkpoint.due_soon" | "complaint.confirmed" | "complaint.forwarded" | "complaint.response_due_soon" | "complaint.responded" | "complaint.overdue" | "complaint.outcome_recorded" | "watchlist.entered" | "watchlist.left" | "vendor.badge_domains_changed" | "agreement.published" | "application.submitted")[];
                            enabled: boolean;
                            disabledReason: string | null;
                            /** @description Every delivery has failed since then; after 5 days the endpoint is disabled */
                            failingSince: string | null;
                            secretRotatedAt: string | null;
                            /** @description Until then deliveries are signed with the old secret too */
                            previousSecretExpiresAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an endpoint with its delivery log */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an endpoint’s URL, event types or description; pause or re-enable it (If-Match) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag from GET /webhooks/{id} */
                    "if-match"?: string;
                };
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uri
                         * @description Where events are POSTed: https (http only for a local receiver during development)
                         */
                        url?: string;
                        /** @description The event types to receive */
                        eventTypes?: ("pledge.state_changed" | "pledge.signed" | "pledge.appealed" | "pledge.signature_due" | "checkpoint.submitted" | "checkpoint.returned" | "checkpoint.accepted" | "checkpoint.due_soon" | "complaint.confirmed" | "complaint.forwarded" | "complaint.response_due_soon" | "complaint.responded" | "complaint.overdue" | "complaint.outcome_recorded" | "watchlist.entered" | "watchlist.left" | "vendor.badge_domains_changed" | "agreement.published" | "application.submitted")[];
                        description?: string;
                        /** @description false pauses deliveries; true re-enables an endpoint that was disabled after failing */
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description The vendor whose events it receives; null for a program-wide endpoint */
                            vendorId: string | null;
                            url: string;
                            description: string;
                            eventTypes: ("pledge.state_changed" | "pledge.signed" | "pledge.appealed" | "pledge.signature_due" | "checkpoint.submitted" | "checkpoint.returned" | "checkpoint.accepted" | "checkpoint.due_soon" | "complaint.confirmed" | "complaint.forwarded" | "complaint.response_due_soon" | "complaint.responded" | "complaint.overdue" | "complaint.outcome_recorded" | "watchlist.entered" | "watchlist.left" | "vendor.badge_domains_changed" | "agreement.published" | "application.submitted")[];
                            enabled: boolean;
                            disabledReason: string | null;
                            /** @description Every delivery has failed since then; after 5 days the endpoint is disabled */
                            failingSince: string | null;
                            secretRotatedAt: string | null;
                            /** @description Until then deliveries are signed with the old secret too */
                            previousSecretExpiresAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret; the old one also signs for 24 hours */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description The vendor whose events it receives; null for a program-wide endpoint */
                            vendorId: string | null;
                            url: string;
                            description: string;
                            eventTypes: ("pledge.state_changed" | "pledge.signed" | "pledge.appealed" | "pledge.signature_due" | "checkpoint.submitted" | "checkpoint.returned" | "checkpoint.accepted" | "checkpoint.due_soon" | "complaint.confirmed" | "complaint.forwarded" | "complaint.response_due_soon" | "complaint.responded" | "complaint.overdue" | "complaint.outcome_recorded" | "watchlist.entered" | "watchlist.left" | "vendor.badge_domains_changed" | "agreement.published" | "application.submitted")[];
                            enabled: boolean;
                            disabledReason: string | null;
                            /** @description Every delivery has failed since then; after 5 days the endpoint is disabled */
                            failingSince: string | null;
                            secretRotatedAt: string | null;
                            /** @description Until then deliveries are signed with the old secret too */
                            previousSecretExpiresAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             */
                            createdAt: string;
                            version: number;
                            /** @description whsec_…: verify signatures with it (Standard Webhooks) */
                            secret: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test event (`webhook.test`) to this endpoint; it appears in the delivery log */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            deliveryId: string;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log: each message with its attempts, status codes, latencies and next attempt */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "succeeded" | "failed" | "cancelled";
                    /** @description The `next` cursor of the previous page */
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                eventId: string;
                                eventType: string;
                                /** @enum {unknown} */
                                status: "pending" | "succeeded" | "failed" | "cancelled";
                                attempts: {
                                    attempt: number;
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 instant
                                     */
                                    at: string;
                                    statusCode: number | null;
                                    latencyMs: number;
                                    error: string | null;
                                }[];
                                nextAttemptAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                createdAt: string;
                                deliveredAt: string | null;
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one event again (`eventId`), or every subscribed event since a time (`since`, at most 1,000)
         * @description Redelivered messages keep their `webhook-id`, so a receiver that already has one can skip it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            /** @description Either eventId or since */
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        eventId?: string;
                        /** Format: date-time */
                        since?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queued: number;
                        };
                    };
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not found (also for another vendor’s resources) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/badges/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The standing of up to 1,000 vendors at once, by slug or id
         * @description Each answer says `status` (`not_member` for anything unknown), member since, the last period checked and the page that verifies it. Send back the ETag in If-None-Match to get 304 while nothing changed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        vendors: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The slug or id as asked */
                                query: string;
                                id: string | null;
                                slug: string | null;
                                name: string | null;
                                /**
                                 * @description `not_member` for an unknown vendor or one whose pledge is not (or no longer) a membership
                                 * @enum {unknown}
                                 */
                                status: "active" | "lapsed" | "suspended" | "not_member";
                                member: boolean;
                                memberSince: string | null;
                                lastCheckedPeriod: string | null;
                                nextDueDate: string | null;
                                verifyUrl: string | null;
                            }[];
                        };
                    };
                };
                /** @description Not modified: the If-None-Match tag is still current */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported Content-Type: send JSON (or what the operation names) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change of a vendor’s standing, in order, from a cursor
         * @description Start without `after`, then pass the `next` you were given. Changes come in the order they were committed; none is ever skipped, so a copy kept by replaying them stays exact. The admin’s reasons are never included.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `next` cursor of the previous answer; none to start from the beginning */
                    after?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 */
                                at: string;
                                vendor: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    /** @description Lower-case letters, digits and inner hyphens */
                                    slug: string;
                                    name: string;
                                };
                                /** @description The vendor’s event number: restores the order of one vendor’s changes */
                                sequence: number;
                                /** @enum {unknown} */
                                from: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                /** @enum {unknown} */
                                to: "pending_signature" | "active" | "lapsed" | "suspended" | "revoked" | "withdrawn";
                                /** @description Whether the vendor is a member after this change */
                                member: boolean;
                                headline: string;
                                verifyUrl: string;
                            }[];
                            /** @description Where to resume: pass it as `after` next time (the same cursor when nothing changed) */
                            next: string;
                        };
                    };
                };
                /** @description Not modified: the If-None-Match tag is still current */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: `errors[]` names the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Your role (or your API key’s scopes) may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Rate-limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/changes.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest 50 changes of the directory as an Atom feed (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An Atom 1.0 feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/atom+xml": string;
                    };
                };
                /** @description Not modified: the If-None-Match tag is still current */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/changes.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest 50 changes of the directory as a JSON Feed 1.1 (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A JSON Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/feed+json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Not modified: the If-None-Match tag is still current */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Database unavailable: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @enum {unknown} */
                            code: "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "unauthenticated" | "invalid_credentials" | "invalid_refresh_token" | "forbidden" | "not_found" | "conflict" | "duplicate" | "invalid_state" | "idempotency_key_reused" | "idempotency_in_progress" | "precondition_failed" | "precondition_required" | "token_invalid" | "rate_limited" | "database_unavailable" | "internal_error";
                            requestId?: string;
                            errors?: {
                                /** @description Dotted path of the field, e.g. `supportContact.email` */
                                field: string;
                                in?: "body" | "querystring" | "params" | "headers";
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
