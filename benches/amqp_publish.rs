//! The smallest lapin publisher that does what `evctl produce --queue` does (publisher
//! confirms, persistent messages, one message per line), so `scripts/bench` can compare evctl
//! with the practical limit of the client library.
//!
//! Usage: amqp_publish AMQP_URL QUEUE FILE

use std::collections::VecDeque;
use std::io::BufRead;

use lapin::options::{BasicPublishOptions, ConfirmSelectOptions};
use lapin::{BasicProperties, Confirmation, Connection, ConnectionProperties};

#[tokio::main(flavor = "multi_thread", worker_threads = 1)]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, queue, file] = args.as_slice() else {
        eprintln!("usage: amqp_publish AMQP_URL QUEUE FILE");
        std::process::exit(2);
    };
    let connection = Connection::connect(url, ConnectionProperties::default())
        .await
        .expect("connect");
    let channel = connection.create_channel().await.expect("channel");
    channel
        .confirm_select(ConfirmSelectOptions::default())
        .await
        .expect("confirms");
    let reader = std::io::BufReader::new(std::fs::File::open(file).expect("input file"));
    let properties = BasicProperties::default().with_delivery_mode(2);
    let mut pending = VecDeque::new();
    let mut acked = 0u64;
    for line in reader.split(b'\n') {
        let line = line.expect("read");
        let confirm = channel
            .basic_publish(
                "".into(),
                queue.as_str().into(),
                BasicPublishOptions::default(),
                &line,
                properties.clone(),
            )
            .await
            .expect("publish");
        pending.push_back(confirm);
        if pending.len() > 1024
            && let Some(c) = pending.pop_front()
        {
            acked += u64::from(matches!(c.await, Ok(Confirmation::Ack(None))));
        }
    }
    for c in pending {
        acked += u64::from(matches!(c.await, Ok(Confirmation::Ack(None))));
    }
    eprintln!("{acked} acknowledged");
}
