import { imageEntries, pictureResponse, renderPhoneMap } from '$lib/server/images';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = imageEntries;
export const GET: RequestHandler = ({ params }) => pictureResponse(params.key, renderPhoneMap);
