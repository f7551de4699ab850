import { PRODUCT_AREAS, productAreaLabel } from "@/lib/verbund/product-areas";

/** A filter's choice of product area ("" = all), for the catalogue and the Verbund overview. */
export function ProductAreaFilter({ id, value }: { id: string; value: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>Produktbereich</label>
      <select id={id} name="bereich" defaultValue={value}>
        <option value="">Alle Produktbereiche</option>
        {Object.keys(PRODUCT_AREAS).map((code) => (
          <option key={code} value={code}>
            {productAreaLabel(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
