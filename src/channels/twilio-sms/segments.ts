/** SMS segment counting lives beside the flow (src/core/segments.ts): one renderer for every channel. */
export { countSegments, isOneSegment, smsEncoding, type SegmentCount, type SmsEncoding } from '../../core/segments.js';
