/** Whether dist/ is built and no source is newer than the build. `root`: regc's folder as a URL ending in "/". */
export function distCurrent(root: URL): boolean;
