use std::fmt;

#[derive(Debug, Clone)]
pub struct Paper {
    pub title: String,
    pub authors: Vec<String>,
}

pub struct PaperSearchResult {
    pub papers: Vec<Paper>,
    pub more_pages: bool,
}

#[derive(Debug)]
pub enum SearchError {
    EmptyQuery,
}

impl fmt::Display for SearchError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "search query was empty")
    }
}

pub fn search_papers(query: &str, library: &[Paper]) -> Result<PaperSearchResult, SearchError> {
    if query.trim().is_empty() {
        return Err(SearchError::EmptyQuery);
    }
    let papers: Vec<Paper> = library.iter().filter(|p| p.title.contains(query)).cloned().collect();
    Ok(PaperSearchResult { more_pages: papers.len() > 10, papers })
}

fn main() {
    let library = vec![
        Paper { title: String::from("Attention is all you need"), authors: vec!["Vaswani".into()] },
        Paper { title: String::from("Deep residual learning"), authors: vec!["He".into(), "Zhang".into()] },
    ];
    match search_papers("learning", &library) {
        Ok(result) => {
            for p in &result.papers {
                // authors is a list, never a single string
                for author in &p.authors {
                    println!("{} -- {}", p.title, author);
                }
            }
            println!("more pages: {}", result.more_pages);
        }
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = search_papers("  ", &library) {
        println!("error: {}", e);
    }
}
