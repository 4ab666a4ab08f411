// The name of the member of staff at this screen, remembered so that "identified by" and a
// complaint's owner need not be typed each time.
const key = 'branchgrid.staffName';

export function rememberedStaffName(): string {
  try {
    return globalThis.localStorage?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export function rememberStaffName(name: string | undefined): void {
  if (!name) return;
  try {
    globalThis.localStorage?.setItem(key, name);
  } catch {
    // not remembered; nothing else depends on it
  }
}
