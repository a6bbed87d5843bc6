use std::sync::Mutex;

fn main() {
    let first;
    {
        let m = Mutex::new(vec![1, 2, 3]);
        let guard = m.lock().unwrap();
        first = guard[0];
        let r = &guard[1];
        drop(m);
        println!("{r}");
    }
    println!("{first}");
}
