/** A table's year columns, right-aligned over the amounts under them. */
export function YearHeaders({ years }: { years: readonly number[] }) {
  return (
    <>
      {years.map((year) => (
        <th scope="col" key={year} className="align-text-right">
          {year}
        </th>
      ))}
    </>
  );
}
