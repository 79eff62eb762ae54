export { imageSize, renderImage } from './image';
export { type ImageFile, type ImageFormat, readImageFile } from './image-file';
