import { localIsoDateTime } from './local-time';

test('local date and time, zero-padded, as the clock shows it', () => {
  expect(localIsoDateTime(new Date(2018, 0, 5, 9, 3, 7))).toBe('2018-01-05T09:03:07');
});
