use yew::prelude::*;

/// Properties of [`DataTable`].
#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    /// The data file's stem, written to `data-csv` so tests can match the table to its CSV.
    pub csv: AttrValue,
    /// The scrollable region's accessible name, e.g. "Cold starts as a table".
    pub label: AttrValue,
    /// Column headings, in the CSV's order (the CSV's header row).
    pub headers: Vec<&'static str>,
    /// One entry a row, one string a cell, in the headers' order; the first cell is the row's
    /// header.
    pub rows: Vec<Vec<String>>,
}

/// A data file as an HTML table inside a collapsed "The same figures as a table" section:
/// the table alternative every chart has.
#[component]
pub fn DataTable(props: &DataTableProps) -> Html {
    html! {
        <details class="table-alternative">
            <summary>{ "The same figures as a table" }</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label={props.label.clone()}>
                <table class="data-table" data-csv={props.csv.clone()}>
                    <thead><tr>
                        { for props.headers.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for props.rows.iter().map(|row| html! {
                            <tr>
                                { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                    html! { <th scope="row">{ cell }</th> }
                                } else {
                                    html! { <td>{ cell }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}
