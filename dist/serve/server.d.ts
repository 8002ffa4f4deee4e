/**
 * `oplint serve`: a small HTTP server for the paste-and-check page and a JSON API, on this computer only.
 *
 * Routes: `GET /` the page; `POST /check` the page's form (urlencoded; `?fragment=1` answers the result
 * fragment the page's script inserts); `POST /api/check` JSON `{ text, code?, claim?, query? }` → JSON contract
 * v1, byte for byte what `oplint --format json` writes for that note read from stdin.
 *
 * Rules: a `Host` that is not this server's loopback name and port gets 403 (DNS rebinding); an `Origin`
 * (or `Sec-Fetch-Site: cross-site`) from another site gets 403; bodies over `maxSize` get 413; a wrong method
 * 405 with `Allow`; malformed JSON or fields 400 with a one-line message; every answer carries a strict CSP,
 * `X-Content-Type-Options: nosniff` and `Cache-Control: no-store`. Nothing is logged or stored, and no file
 * is read: notes arrive in request bodies and the checks use the same library call as the CLI (checkNoteAll).
 */
import { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { NoteResult } from '../types.js';
export declare const DEFAULT_PORT = 7020;
export declare const DEFAULT_HOST = "127.0.0.1";
export interface ServeOptions {
    host?: string;
    port?: number;
    /** Largest request body in bytes. */
    maxSize: number;
    /** Accept any IP-literal Host (needed when bound to a non-loopback address). */
    allowRemote?: boolean;
    patternDirs?: string[];
    /** Element severities from the project's config, as `oplint check` applies them. */
    elements?: Record<string, 'error' | 'warn' | 'off'>;
    /** Code used when a request names none (the config's `code`, else auto). */
    defaultCode?: string;
    version: string;
}
export interface RunningServer {
    server: Server;
    host: string;
    port: number;
    /** http://host:port/ */
    url: string;
    close(): Promise<void>;
}
/** True for addresses that never leave this machine. */
export declare function isLoopback(host: string): boolean;
/** The JSON contract for one note, as `oplint --format json` writes it. */
export declare function contractJson(results: NoteResult[], version: string): string;
export declare function createHandler(opts: ServeOptions, port: () => number): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
/** Start listening; rejects with a one-line message when the port is taken or the address is not ours. */
export declare function startServer(opts: ServeOptions): Promise<RunningServer>;
