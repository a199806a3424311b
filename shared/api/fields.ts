// Field schemas shared by the contract's modules.
import { z } from 'zod';

export const MAX_PATH = 4096;
export const MAX_NAME = 500;
export const MAX_TEXT = 50_000_000;
export const MAX_BASE64 = 280_000_000; // about 200 MB of file
export const id = z.number().int().positive();
export const offset = z.number().int().nonnegative();
export const path = z.string().min(1).max(MAX_PATH);
export const name = z.string().trim().min(1).max(MAX_NAME);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
export const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');
export const jobId = z.string().min(1).max(100);
export const empty = z.object({}).strict();
