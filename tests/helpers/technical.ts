// Technical names that stay in Latin letters in every language, for the tests that look for English left in
// Korean or Chinese output (tables, blocks, charts). One list, so a name allowed in a table is allowed in a chart.
// Words are matched whole; "keep-alive" is split at the hyphen by those tests, hence "keep" and "alive".
export const TECHNICAL: ReadonlySet<string> = new Set(
  `AWS VPC CNI Cilium eBPF EBPF BPF kube proxy kp less iptables ENI ENA EKS VXLAN XDP DSR SNAT NAT BBR EDT Hubble
   Helm Gbps GbE QPS µs ms MiB GiB vCPU CPU TCP UDP HTTP gRPC Kafka RTT p50 p99 DNS FQDN L3 L4 L7 NIC OS CIDR API
   CRD EFA GPU NCCL Fortio iperf3 httpbin getent hosts kubectl top Pod Pods Service Services LoadBalancer NodePort
   MASQUERADE connect keepalive Connection close IPAM IP IPs AI ML SRD EC2 KVM QEMU Linux Kubernetes NetworkPolicy
   CiliumNetworkPolicy CiliumClusterwideNetworkPolicy toFQDNs Network Policy Editor Express Graviton bpf_link
   conntrack bond VLAN CloudWatch Socket LB Bandwidth Manager qdisc eXpress Data Path Container Interface Elastic
   Direct Server Return vLLM RAG Vector DB Gateway Router cluster pool generic bench MASQ m agent Agent aws node ID chart
   DNAT KUBE SERVICES SVC SEP OUTPUT PREROUTING netfilter nat CiliumNode keep alive m6i xlarge Auto Mode
   ApplicationNetworkPolicy ClusterNetworkPolicy MTU Adapter Logs skb Earliest Departure Time Scalable Reliable
   Datagram Fabric Address Management sk buff Operator Queries Per Second`.split(/\s+/),
);
