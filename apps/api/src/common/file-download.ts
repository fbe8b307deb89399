import { StreamableFile } from '@nestjs/common';
import type { FileDownload } from '@clustermeet/domain';

/** A generated file as an HTTP download with its name and type. */
export function download(file: FileDownload): StreamableFile {
  const content = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
  return new StreamableFile(content, { type: file.contentType, disposition: `attachment; filename="${file.filename}"`, length: content.length });
}
