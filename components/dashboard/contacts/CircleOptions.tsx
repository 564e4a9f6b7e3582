import { CIRCLES, circleLabel } from './labels';

/** The circles as a select's options, closest first, each by its name in the user's language. */
export function CircleOptions() {
  return CIRCLES.map((c) => (
    <option key={c} value={c}>
      {circleLabel(c)}
    </option>
  ));
}
