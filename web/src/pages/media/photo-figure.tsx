// A photo as the server holds it (the <img> reads the preview route, same origin, never cached),
// with the detected faces drawn as numbered boxes and the words found in it outlined, in an SVG
// laid over the image. The SVG is decoration for sighted users: the same faces are a list of
// labelled selects (photo-panel.tsx), so it is hidden from assistive technology. Clicking a box
// moves focus to that face's select. Geometry comes from the SVG viewBox (photo pixels), colours
// from classes: no inline styles (the CSP allows none).
import { mediaApi, type MediaItem, type MediaVersion } from '../../api/media';
import { storedTags } from '../../lib/faces';

interface Props {
  schoolId: string;
  item: MediaItem;
  version: MediaVersion;
  alt: string;
  caption?: string;
  idPrefix?: string;  // faces' selects are `${idPrefix}-face-${n}`; boxes are drawn only with it
  chosen?: Record<number, string>;
}

export function PhotoFigure({ schoolId, item, version, alt, caption, idPrefix, chosen = {} }: Props) {
  const stored = storedTags(item);
  const label = Math.max(14, Math.round(Math.max(item.width, item.height) / 28));
  const showBoxes = Boolean(idPrefix) && item.width > 0 && item.height > 0;
  const focusFace = (face: number) => document.getElementById(`${idPrefix}-face-${face}`)?.focus();
  return (
    <figure class="steward-photo">
      <div class="steward-photo__frame">
        <img class="steward-photo__image" src={mediaApi.previewUrl(schoolId, item.media_id, version)} alt={alt}
          width={item.width || undefined} height={item.height || undefined} />
        {showBoxes && (
          <svg class="steward-photo__boxes" viewBox={`0 0 ${item.width} ${item.height}`} aria-hidden="true" focusable="false">
            {item.findings.map((finding, index) => (
              <rect key={`t${index}`} class="steward-photo__text-box" x={finding.box.x} y={finding.box.y}
                width={finding.box.width} height={finding.box.height} />
            ))}
            {item.faces.map((face) => {
              const tagged = Boolean(chosen[face.face] || stored.get(face.face));
              return (
                <g key={face.face} class={`steward-photo__face${tagged ? ' steward-photo__face--tagged' : ''}`}
                  onClick={() => focusFace(face.face)}>
                  <rect class="steward-photo__face-box" x={face.box.x} y={face.box.y} width={face.box.width} height={face.box.height} />
                  <rect class="steward-photo__face-label" x={face.box.x} y={Math.max(0, face.box.y - label * 1.3)}
                    width={label * (face.face + 1 >= 10 ? 1.7 : 1.1)} height={label * 1.3} />
                  <text class="steward-photo__face-number" x={face.box.x + label * 0.2} y={Math.max(0, face.box.y - label * 1.3) + label}
                    font-size={label}>{face.face + 1}</text>
                </g>
              );
            })}
          </svg>
        )}
      </div>
      {caption && <figcaption class="govuk-body-s steward-photo__caption">{caption}</figcaption>}
    </figure>
  );
}
